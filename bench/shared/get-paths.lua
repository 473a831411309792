-- GETs a rotation of paths, one per request, and counts the answers by status.
--   wrk -s bench/shared/get-paths.lua URL -- <file with one path per line>
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    paths = {}
    statuses = {}
    for line in io.lines(args[1]) do
        paths[#paths + 1] = line
    end
    next_path = math.random(#paths)
end

function request()
    next_path = next_path % #paths + 1
    return wrk.format("GET", paths[next_path])
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
