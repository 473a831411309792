-- wrk script for bench/public-pages.sh: every request adds a query parameter no page reads
-- (?x=<random>), the cache-busting pattern of issue 15. Each thread has its own random stream.
local counter = 0

function init(args)
    math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

function request()
    counter = counter + 1
    return wrk.format("GET", wrk.path .. "?x=" .. math.random(1, 1000000000) .. "-" .. counter)
end
