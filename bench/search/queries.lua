-- Each request a different search of /api/v1/search: folded and exact spellings, phrases, a common
-- word alone, rare words, a number/symbol, facet filters; the order is a fixed rotation so every run
-- asks the same mix. done() prints the percentiles wrk's --latency leaves out (p95).
local queries = {
  "quyet dinh", "Quyết định ban hành", "cong thong tin dien tu", "\"cổng thông tin\"", "cao bang",
  "ho tich khai sinh", "chứng thực hợp đồng", "xe may", "giay phep kinh doanh", "bao hiem xa hoi",
  "thu tuc mot cua lien thong", "ban gioc", "sat lo lu lut", "dam thuy", "12/2019/QĐ-UBND",
  "45/2021/qd-ubnd", "truc tuyen toan trinh", "nguyen binh", "thanh tra khieu nai", "y te",
}
local suffixes = { "", "&kind=legal", "&kind=article", "&site=so-tu-phap", "&year=2020", "&page=2" }
local n = 0

local function encode(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  n = n + 1
  local q = queries[(n % #queries) + 1]
  local suffix = suffixes[(math.floor(n / #queries) % #suffixes) + 1]
  return wrk.format("GET", "/api/v1/search?q=" .. encode(q) .. suffix)
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors (non-2xx/3xx) %d, socket errors %d\n",
    summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("searches/s %.0f\n", summary.requests / (summary.duration / 1e6)))
end
