-- Changes ballots: every request replaces one voter's whole sheet with 3 choices
-- (PUT /api/elections/{election}/ballot/), so every response must be 200.
-- usage: wrk ... -s change.lua http://host:port -- TOKENS_FILE CANDIDATE_IDS NTHREADS ELECTION
--   TOKENS_FILE: lines "member_id access_token" of voters (they hold a sheet from the vote scenario)
-- Thread t takes the voters on lines t, t+NTHREADS, ... and goes round them; in round r voter v
-- picks candidates (r + v), (r + v + 1), (r + v + 2) modulo NC, so each sheet differs from the one
-- it replaces (one choice out, one in) and the choices spread over every candidate. One voter's
-- requests are a whole round apart: never two in flight together, as with one member's browser.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "common.lua")
expected = 200

function init(args)
   local all = read_lines(args[1])
   candidates = {}
   for id in string.gmatch(args[2], "%d+") do candidates[#candidates + 1] = id end
   local nthreads = tonumber(args[3])
   path = "/api/elections/" .. args[4] .. "/ballot/"
   voters = {}
   for i = tid, #all, nthreads do
      local id, token = all[i]:match("^(%d+) (%S+)$")
      voters[#voters + 1] = { id = tonumber(id), auth = "Bearer " .. token }
   end
   nc = #candidates
   p = 0
end

function request()
   sent = sent + 1
   local n = #voters
   local voter = voters[p % n + 1]
   local r = math.floor(p / n)
   p = p + 1
   local first = r + voter.id
   local picks = {}
   for i = 0, 2 do picks[#picks + 1] = candidates[(first + i) % nc + 1] end
   return wrk.format("PUT", path,
      { ["Content-Type"] = "application/json", ["Authorization"] = voter.auth },
      '{"choices":[' .. table.concat(picks, ",") .. ']}')
end

function response(status, headers, body)
   count(status)
end
