-- A public GET that must answer 200: the candidate list of one part, or any path.
-- usage: wrk ... -s list.lua http://host:port -- FE
--        wrk ... -s list.lua http://host:port -- /api/elections/1/results/
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "common.lua")
expected = 200

function init(args)
   local arg = args[1] or "FE"
   if arg:sub(1, 1) == "/" then
      path = arg
   else
      path = "/api/candidates/?part=" .. arg
   end
end

function request()
   sent = sent + 1
   return wrk.format("GET", path)
end

function response(status, headers, body)
   count(status)
end
