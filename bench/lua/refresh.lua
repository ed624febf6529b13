-- Refreshes sessions: each refresh rotates the session's refresh token, and presenting a
-- rotated token again revokes the session, so a token must never be sent twice.
-- usage: wrk ... -s refresh.lua http://host:port -- COOKIES_FILE NTHREADS
--   COOKIES_FILE: one refresh-token cookie value per line, each from its own login (session)
-- wrk's Lua hooks do not say which connection a request or response belongs to, so each
-- thread keeps its sessions in a queue: request() takes the session at the head and sends its
-- latest token; response() puts the session back with the token from Set-Cookie. A connection
-- has one request in flight at a time, so a session is never in two requests at once: every
-- session is used by one connection at a time, always with its newest token. The file must
-- hold more sessions than connections: wrk calls request() once more in the first thread,
-- before connecting, to check the script (that session is never sent, so never used again),
-- and a session whose refresh failed is dropped ("lost"). A thread with no session left sends
-- no cookie ("starved", answered 401, counted as a failure).
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "common.lua")
expected = 200

function init(args)
   local all = read_lines(args[1])
   local nthreads = tonumber(args[2])
   queue = {}
   head, tail = 1, 0
   for i = tid, #all, nthreads do
      tail = tail + 1
      queue[tail] = all[i]
   end
   lost = 0
   starved = 0
end

extra_numbers = { "lost", "starved" }

function request()
   sent = sent + 1
   local headers = { ["Content-Type"] = "application/json" }
   if head <= tail then
      headers["Cookie"] = "refresh_token=" .. queue[head]
      queue[head] = nil
      head = head + 1
   else
      starved = starved + 1
   end
   return wrk.format("POST", "/api/refreshes/", headers, "{}")
end

function response(status, headers, body)
   count(status)
   local cookie = headers["Set-Cookie"] or headers["set-cookie"]
   local token = status == 200 and cookie and cookie:match("refresh_token=([^;]+)")
   if token then
      tail = tail + 1
      queue[tail] = token
   else
      lost = lost + 1
   end
end
