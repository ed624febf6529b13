-- Shared by every scenario script: counts responses by status in each wrk thread and, when
-- the run ends, prints one line "BENCH_RESULT {json}" that bench/run.sh reads.
-- A scenario script sets `expected` (the one status that counts as success), calls
-- count(status) in response(), and may list in `extra_numbers`/`extra_flags` the names of
-- per-thread globals to sum/or into the result, and define finish(threads, result) (runs once,
-- in done()).

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("tid", #threads)          -- 1-based, visible as a global in the thread's init()
   thread:set("nthreads_seen", #threads)
end

sent = 0
statuses = {}

function count(status)
   local key = tostring(status)
   statuses[key] = (statuses[key] or 0) + 1
end

-- Reads the lines of a file into a table (token and account files).
function read_lines(path)
   local lines = {}
   local f = assert(io.open(path, "r"), "cannot open " .. path)
   for line in f:lines() do
      if line ~= "" then lines[#lines + 1] = line end
   end
   f:close()
   return lines
end

local function json_value(v)
   if type(v) == "table" then
      local parts = {}
      for k, x in pairs(v) do parts[#parts + 1] = string.format("%q:%s", tostring(k), json_value(x)) end
      return "{" .. table.concat(parts, ",") .. "}"
   elseif type(v) == "string" then
      return string.format("%q", v)
   elseif type(v) == "boolean" then
      return v and "true" or "false"
   else
      return string.format("%.17g", v)
   end
end

function done(summary, latency, requests)
   local total = {}
   local total_sent = 0
   local extra = {}
   for _, t in ipairs(threads) do
      for k, n in pairs(t:get("statuses") or {}) do total[k] = (total[k] or 0) + n end
      total_sent = total_sent + (t:get("sent") or 0)
      for _, name in ipairs(extra_numbers or {}) do extra[name] = (extra[name] or 0) + (t:get(name) or 0) end
      for _, name in ipairs(extra_flags or {}) do extra[name] = (extra[name] or false) or (t:get(name) or false) end
   end
   local expected_n, non2xx, n5xx, unexpected = 0, 0, 0, 0
   for k, n in pairs(total) do
      local code = tonumber(k)
      if code < 200 or code > 299 then non2xx = non2xx + n end
      if code >= 500 then n5xx = n5xx + n end
      if code == expected then expected_n = expected_n + n else unexpected = unexpected + n end
   end
   local seconds = summary.duration / 1e6
   local result = {
      requests = summary.requests,
      seconds = seconds,
      rps = summary.requests / seconds,
      p50_ms = latency:percentile(50) / 1000,
      p90_ms = latency:percentile(90) / 1000,
      p99_ms = latency:percentile(99) / 1000,
      max_ms = latency.max / 1000,
      statuses = total,
      expected_status = expected,
      expected_count = expected_n,
      unexpected_count = unexpected,
      non2xx = non2xx,
      n5xx = n5xx,
      sent = total_sent,
      socket_errors = summary.errors.connect + summary.errors.read + summary.errors.write,
      timeouts = summary.errors.timeout,
      extra = extra,
   }
   if finish then finish(threads, result) end
   io.write("BENCH_RESULT " .. json_value(result) .. "\n")
end
