-- wrk script for bench/public-pages.sh: every request carries a made-up session cookie
-- (JSESSIONID=<random>), naming no live session (issue 15). Each thread has its own random stream.
local counter = 0

function init(args)
    math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

function request()
    counter = counter + 1
    local headers = { Cookie = "JSESSIONID=" .. math.random(1, 1000000000) .. "-" .. counter }
    return wrk.format("GET", wrk.path, headers)
end
