-- Sends one request over and over: method, path, one extra header and a body read from a file
-- (args: METHOD PATH "Header: value" or "" BODY_FILE or ""), and counts the answers by status.
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    method, path = args[1], args[2]
    headers = {["Content-Type"] = "application/json"}
    local name, value = string.match(args[3] or "", "^([^:]+):%s*(.*)$")
    if name then
        headers[name] = value
    end
    body = nil
    if args[4] and args[4] ~= "" then
        local file = io.open(args[4], "rb")
        body = file:read("*a")
        file:close()
    end
    statuses = {}
end

function request()
    return wrk.format(method, path, headers, body)
end

function response(status)
    statuses[status] = (statuses[status] or 0) + 1
end

function done()
    local totals = {}
    for _, thread in ipairs(threads) do
        for status, n in pairs(thread:get("statuses")) do
            totals[status] = (totals[status] or 0) + n
        end
    end
    for status, n in pairs(totals) do
        io.write(string.format("    status %d: %d\n", status, n))
    end
end
