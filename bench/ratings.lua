-- wrk script of bench/ratings.sh: POST /evaluate/{year}/rate, each request with a different verified
-- session from the prepared file (cookie TAB form body, one line per session), each used once.
--   wrk ... -s bench/ratings.lua URL -- SESSIONS_FILE THREADS YEAR
-- Thread k of THREADS takes lines k, k+THREADS, ...; a thread that has sent all its sessions sends
-- health checks until its last rating is answered, then stops.
-- The rating's answer is always a redirect (302) to the form, whether stored or refused: which one
-- the server said is in the flash message of the session, read afterwards by RatingsBench verify.
-- So here 302 counts as "answered", anything else as an error.

local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_usec; } timeval;
  int gettimeofday(timeval *tv, void *tz);
]]
local tv = ffi.new("timeval")
local function now()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) + tonumber(tv.tv_usec) / 1e6
end

local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local nthreads = tonumber(args[2])
  path = "/evaluate/" .. args[3] .. "/rate"
  lines = {}
  local i = 0
  for line in io.lines(args[1]) do
    if i % nthreads == id then
      table.insert(lines, line)
    end
    i = i + 1
  end
  nexti = 1
  sent = 0
  answered = 0
  other = 0
  spare = 0
  first = 0 -- wall clock of the thread's first rating sent and of its last answered, for the rate:
  last = 0  -- wrk's own duration runs to -d even when every thread stopped early
  -- wrk calls request() once on thread 0 before any connection, to check for pipelining, and
  -- throws that request away: do not spend a session on it.
  primed = (id ~= 0)
end

function request()
  if not primed then
    primed = true
    return wrk.format("GET", "/actuator/health")
  end
  local line = lines[nexti]
  if line == nil then
    spare = spare + 1
    return wrk.format("GET", "/actuator/health")
  end
  nexti = nexti + 1
  if sent == 0 then
    first = now()
  end
  sent = sent + 1
  local tab = line:find("\t", 1, true)
  return wrk.format("POST", path, {
    ["Cookie"] = line:sub(1, tab - 1),
    ["Content-Type"] = "application/x-www-form-urlencoded"
  }, line:sub(tab + 1))
end

function response(status, headers, body)
  if status == 302 then
    answered = answered + 1
    last = now()
  elseif status ~= 200 then -- 200: a health check sent after this thread ran out of sessions
    other = other + 1
  end
  if nexti > #lines and answered + other == sent then
    wrk.thread:stop() -- every session sent and every rating answered
  end
end

function done(summary, latency, requests)
  local s, a, o, p = 0, 0, 0, 0
  local from, to = math.huge, 0
  for _, t in ipairs(threads) do
    if t:get("sent") > 0 then from = math.min(from, t:get("first")) end
    to = math.max(to, t:get("last"))
    s = s + t:get("sent")
    a = a + t:get("answered")
    o = o + t:get("other")
    p = p + t:get("spare")
  end
  io.write(string.format("ratings sent %d, answered 302 %d, other statuses %d, spare health checks %d\n", s, a, o, p))
  io.write(string.format("wrk: %d requests in %.2f s, socket errors connect %d read %d write %d timeout %d\n",
    summary.requests, summary.duration / 1e6, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout))
  io.write(string.format("answered ratings/s %.1f (%d answered in %.2f s, first sent to last answered)\n",
    a / (to - from), a, to - from))
  io.write(string.format("latency mean %.1f ms, p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", latency.mean / 1000, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
