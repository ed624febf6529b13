-- Candidate list of one part (public GET). Every response should be 200.
-- usage: wrk ... -s list.lua http://host:port -- FE
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "common.lua")
expected = 200

function init(args)
   path = "/api/candidates/?part=" .. (args[1] or "FE")
end

function request()
   sent = sent + 1
   return wrk.format("GET", path)
end

function response(status, headers, body)
   count(status)
end
