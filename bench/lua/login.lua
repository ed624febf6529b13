-- Logs in (BCrypt verification, a new session and its first refresh token). Every response
-- should be 200.
-- usage: wrk ... -s login.lua http://host:port -- EMAILS_FILE PASSWORD
-- Each thread goes round the accounts starting at its own offset.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "common.lua")
expected = 200

function init(args)
   emails = read_lines(args[1])
   password = args[2]
   i = (tid - 1) * 7
end

function request()
   sent = sent + 1
   i = i + 1
   local email = emails[(i % #emails) + 1]
   return wrk.format("POST", "/api/users/logins/", { ["Content-Type"] = "application/json" },
      '{"email":"' .. email .. '","password":"' .. password .. '"}')
end

function response(status, headers, body)
   count(status)
end
