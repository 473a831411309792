-- Posts one prepared JSON body per request to the path given (each body with its own solved,
-- single-use challenge) and counts the answers by status: 201 stored, 400 refused (a challenge spent
-- twice once the prepared bodies run out), 429 rate-limited.
--   wrk -s bench/shared/post-bodies.lua URL -- <bodies file> <wrk threads> <path>
local threads = {}
local counter = 0

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

function init(args)
    bodies = {}
    statuses = {}
    path = args[3]
    local total = tonumber(args[2])
    local i = 0
    for line in io.lines(args[1]) do
        if i % total == id then
            bodies[#bodies + 1] = line
        end
        i = i + 1
    end
    sent = 0
end

function request()
    sent = sent + 1
    local body = bodies[sent] or bodies[#bodies]
    return wrk.format("POST", path, {["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
    local totals = {}
    for _, thread in ipairs(threads) do
        local counted = thread:get("statuses")
        for status, n in pairs(counted) do
            totals[status] = (totals[status] or 0) + n
        end
    end
    for status, n in pairs(totals) do
        io.write(string.format("status %d: %d\n", status, n))
    end
end
