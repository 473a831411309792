-- Sends one prepared line per request and counts the answers by status.
--   wrk -s bench/shared/requests.lua URL -- <lines file> <wrk threads> <path>
--     posts each line (a JSON body with its own solved, single-use challenge) to <path>: 201 stored,
--     400 refused (a challenge spent twice once the prepared bodies run out), 429 rate-limited;
--   wrk -s bench/shared/requests.lua URL -- <lines file> <wrk threads>
--     GETs each line as a path, in rotation.
local threads = {}
local counter = 0

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

function init(args)
    lines = {}
    statuses = {}
    path = args[3]
    local total = tonumber(args[2])
    local i = 0
    for line in io.lines(args[1]) do
        -- Bodies are spent once, so each thread posts its own share; paths are shared by all.
        if path == nil or i % total == id then
            lines[#lines + 1] = line
        end
        i = i + 1
    end
    sent = path == nil and math.random(#lines) - 1 or 0
end

function request()
    if path == nil then
        sent = sent % #lines + 1
        return wrk.format("GET", lines[sent])
    end
    sent = sent + 1
    return wrk.format("POST", path, {["Content-Type"] = "application/json"}, lines[sent] or lines[#lines])
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
    local totals = {}
    for _, thread in ipairs(threads) do
        for status, n in pairs(thread:get("statuses")) do
            totals[status] = (totals[status] or 0) + n
        end
    end
    for status, n in pairs(totals) do
        io.write(string.format("status %d: %d\n", status, n))
    end
end
