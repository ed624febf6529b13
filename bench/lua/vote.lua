-- Casts votes, every one a NEW (voter, candidate) pair, so every response must be 201.
-- usage: wrk ... -s vote.lua http://host:port -- TOKENS_FILE CANDIDATE_IDS NTHREADS
--   TOKENS_FILE: lines "member_id access_token" from real logins
--   CANDIDATE_IDS: comma-separated ids of every candidate
-- Thread t takes the voters on lines t, t+NTHREADS, ... It goes through them in blocks of 64:
-- request k of a block is voter k % 64 voting for candidate (k / 64 + k % 64) % NC, so one
-- voter's ballots are 64 requests apart (never in flight together, as with a member clicking
-- through the list) and the requests in flight at any moment are for different candidates.
-- The (user, candidate) of every 201 body is kept and handed to run.sh, which checks that each
-- of them is in the ballot table. If the voters run out, the script starts over: those votes are
-- duplicates (400), counted as failures, and the result says "exhausted".
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "common.lua")
expected = 201

local BLOCK = 64

function init(args)
   local all = read_lines(args[1])
   candidates = {}
   for id in string.gmatch(args[2], "%d+") do candidates[#candidates + 1] = id end
   local nthreads = tonumber(args[3])
   voters = {}
   for i = tid, #all, nthreads do
      local id, token = all[i]:match("^(%d+) (%S+)$")
      voters[#voters + 1] = { id = id, auth = "Bearer " .. token }
   end
   nc = #candidates
   p = 0
   ok = {}
   exhausted = false
end

extra_flags = { "exhausted" }

-- Writes the (voter, candidate) of every 201 to $BENCH_OK_PAIRS, one "voter,candidate" a line.
function finish(threads, result)
   local path = os.getenv("BENCH_OK_PAIRS")
   if not path then return end
   local f = assert(io.open(path, "w"))
   local n = 0
   for _, t in ipairs(threads) do
      for _, pair in ipairs(t:get("ok") or {}) do
         f:write(pair, "\n")
         n = n + 1
      end
   end
   f:close()
   result.extra.ok_pairs_written = n
end

local function pick()
   while true do
      local block = math.floor(p / (BLOCK * nc))
      local within = p % (BLOCK * nc)
      local j = within % BLOCK
      local k = (math.floor(within / BLOCK) + j) % nc
      local v = block * BLOCK + j + 1
      p = p + 1
      if block * BLOCK >= #voters then
         exhausted = true
         p = 0
      elseif v <= #voters then
         return voters[v], candidates[k + 1]
      end
   end
end

function request()
   sent = sent + 1
   local voter, candidate = pick()
   return wrk.format("POST", "/api/votes/",
      { ["Content-Type"] = "application/json", ["Authorization"] = voter.auth },
      '{"candidate":' .. candidate .. '}')
end

function response(status, headers, body)
   count(status)
   if status == 201 then
      local user, candidate = body:match('"user":(%d+),"candidate":(%d+)')
      ok[#ok + 1] = user .. "," .. candidate
   end
end
