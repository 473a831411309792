-- wrk script for bench/public-pages.sh: uncached requests spread over many live sessions, so that
-- no two connections share one official's session (one session serialises nothing in the portal,
-- but a single shared session is not how officials use it). Arguments: the file of cookies
-- (NAME=value, one per line) and the number of wrk threads. Thread k takes cookies k, k+T, k+2T...
local threads = 0
local mine = {}
local counter = 0

function setup(thread)
    thread:set("offset", threads)
    threads = threads + 1
end

function init(args)
    local all = {}
    for line in io.lines(args[1]) do all[#all + 1] = line end
    local stride = tonumber(args[2])
    for i = (offset or 0) + 1, #all, stride do mine[#mine + 1] = all[i] end
end

function request()
    counter = counter + 1
    return wrk.format("GET", wrk.path, { Cookie = mine[(counter % #mine) + 1] })
end
