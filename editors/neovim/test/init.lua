-- End to end through Neovim's own LSP client, headless:
--
--   SECRETS_LSP_BIN=/path/to/secrets-lsp nvim --headless --clean -u editors/neovim/test/init.lua
--
-- Loads editors/neovim with require('secrets_lsp').setup(); for each suite of
-- editors/testdata/cases.json (the same as the Node test's) opens its file,
-- waits for the client to attach, runs the cases through the client's own
-- functions and stops the client.
-- Prints one line per case and exits 0 when every non-pending case passed.

-- Debian's Neovim 0.7.2 runs on a LuaJIT 2.1 beta snapshot whose compiled
-- traces of this file's polling loops (vim.wait predicates) crash Neovim
-- about one run in three (SIGSEGV inside JIT code). Interpret this file's
-- functions; the plugin and Neovim's runtime are still compiled.
jit.off(true, true)

local script = debug.getinfo(1, 'S').source:sub(2)
local repo = vim.fn.fnamemodify(script, ':p:h:h:h:h')

local timeout_ms = 15000 -- generous for a shared CI machine
local pending_timeout_ms = 3000

local out = {}
local function say(line)
  io.stdout:write(line, '\n')
end

local function read(path)
  local f = assert(io.open(path, 'rb'))
  local text = f:read('*a')
  f:close()
  return text
end

local function quit(code)
  io.stdout:flush()
  vim.cmd((code == 0 and 'qall!') or ('cquit ' .. code))
end

-- Text positions ----------------------------------------------------------

-- byte offset (0-based) of the occurrence-th text in doc; errors when missing or ambiguous
local function find(doc, text, occurrence)
  local offsets = {}
  local init = 1
  while true do
    local s = doc:find(text, init, true)
    if not s then
      break
    end
    offsets[#offsets + 1] = s - 1
    init = s + 1
  end
  if #offsets == 0 then
    error(('%q is not in the fixture'):format(text), 0)
  end
  if occurrence == nil and #offsets > 1 then
    error(('%q occurs %d times in the fixture: give an occurrence'):format(text, #offsets), 0)
  end
  local at = offsets[occurrence or 1]
  if at == nil then
    error(('%q occurs %d times, not %d'):format(text, #offsets, occurrence), 0)
  end
  return at
end

-- LSP position (line, UTF-16 character) of a byte offset
local function position_at(doc, offset)
  local before = doc:sub(1, offset)
  local line = select(2, before:gsub('\n', ''))
  local line_start = (before:match('.*\n()') or 1) - 1
  local line_text = doc:sub(line_start + 1, (doc:find('\n', line_start + 1, true) or (#doc + 1)) - 1)
  local _, utf16 = vim.str_utfindex(line_text, offset - line_start)
  return { line = line, character = utf16 }
end

local function span_range(doc, text, occurrence)
  local s = find(doc, text, occurrence)
  return { start = position_at(doc, s), ['end'] = position_at(doc, s + #text) }, s
end

local function cmp(a, b)
  if a.line ~= b.line then
    return a.line - b.line
  end
  return a.character - b.character
end

local function within(a, b)
  return cmp(a.start, b.start) >= 0 and cmp(a['end'], b['end']) <= 0
end

local function overlaps(a, b)
  return (cmp(a.start, b['end']) < 0 and cmp(b.start, a['end']) < 0) or (cmp(a.start, a['end']) == 0 and within(a, b))
end

-- a diagnostic is on a span: inside it, covering it without its quotes
local function on_span(r, doc, span, occurrence)
  local outer, s = span_range(doc, span, occurrence)
  local trim = (#span > 2 and span:sub(1, 1) == '"' and span:sub(-1) == '"') and 1 or 0
  local inner = { start = position_at(doc, s + trim), ['end'] = position_at(doc, s + #span - trim) }
  return within(r, outer) and within(inner, r)
end

-- whether a diagnostic's range is where expectation e places it
local function placed(r, doc, e)
  if e.span then
    return on_span(r, doc, e.span, e.occurrence)
  end
  if e.inside then
    return within(r, (span_range(doc, e.inside, e.occurrence)))
  end
  error('a diagnostic expectation needs span or inside: ' .. vim.inspect(e), 0)
end

-- The session -------------------------------------------------------------

local cases = vim.json.decode(read(repo .. '/editors/testdata/cases.json'))
local version = vim.trim(read(repo .. '/VERSION'))

-- by client id, filled by the callbacks given to setup()
local exits, init_results = {}, {}

-- the suite being run: its file, buffer and client, and every
-- textDocument/publishDiagnostics the server sent for the file, in order
local state = {}

local function exit_code()
  return state.client and exits[state.client.id]
end

local function doc_text()
  return table.concat(vim.api.nvim_buf_get_lines(state.bufnr, 0, -1, true), '\n') .. '\n'
end

local function wait(ms, what, cond)
  if not vim.wait(ms, cond, 20) then
    local why = what
    if exit_code() ~= nil then
      why = why .. (' (the server exited with status %d)'):format(exit_code())
    end
    error(why, 0)
  end
end

-- Moves the cursor to a `text with | at the cursor` marker; returns the
-- position params Neovim itself would send from there.
local function params_at(marker, occurrence)
  local bar = marker:find('|', 1, true)
  assert(bar and not marker:find('|', bar + 1, true), 'a position needs exactly one |: ' .. marker)
  local text = marker:sub(1, bar - 1) .. marker:sub(bar + 1)
  local doc = doc_text()
  local pos = position_at(doc, find(doc, text, occurrence) + bar - 1)
  local line_text = vim.api.nvim_buf_get_lines(state.bufnr, pos.line, pos.line + 1, true)[1]
  vim.api.nvim_win_set_cursor(0, { pos.line + 1, vim.str_byteindex(line_text, pos.character, true) })
  local params = vim.lsp.util.make_position_params(0, state.client.offset_encoding)
  assert(vim.deep_equal(params.position, pos), ('cursor %s, expected %s'):format(vim.inspect(params.position), vim.inspect(pos)))
  return params
end

local function request(method, params, ms)
  local res, err = state.client.request_sync(method, params, ms, state.bufnr)
  if res == nil then
    error(('%s: %s'):format(method, err or 'no answer'), 0)
  end
  if res.err then
    error(('%s: error %s'):format(method, vim.inspect(res.err)), 0)
  end
  return res.result
end

local function require_capability(name)
  local cap = state.client.server_capabilities[name]
  if cap == nil or cap == false then
    error('the server does not advertise ' .. name, 0)
  end
end

local function same_file(uri)
  return vim.uri_to_fname(uri) == state.file
end

local function locations(result)
  if result == nil then
    return {}
  end
  local list = vim.tbl_islist(result) and result or { result }
  local locs = {}
  for _, l in ipairs(list) do
    if l.targetUri then
      locs[#locs + 1] = { uri = l.targetUri, range = l.targetSelectionRange }
    else
      locs[#locs + 1] = l
    end
  end
  return locs
end

-- the complaint about diagnostics that do not meet check, or nil
local function diagnostics_complaint(check, doc, got)
  for _, e in ipairs(check.expect) do
    local found = e.optional == true
    for _, d in ipairs(got) do
      local msg = type(d.message) == 'table' and d.message.value or d.message
      local ok = placed(d.range, doc, e) and (e.severity == nil or d.severity == e.severity)
      for _, m in ipairs(e.messageIncludes or {}) do
        ok = ok and msg:find(m, 1, true) ~= nil
      end
      found = found or ok
    end
    if not found then
      return ('no diagnostic %s %s with severity %s and a message including %s'):format(
        e.span and 'on' or 'inside', e.span or e.inside, tostring(e.severity), vim.inspect(e.messageIncludes or {}))
    end
  end
  if check.onlyThese then
    for _, d in ipairs(got) do
      local expected = false
      for _, e in ipairs(check.expect) do
        expected = expected or placed(d.range, doc, e)
      end
      if (d.severity or 1) <= 2 and not expected then
        return 'unexpected diagnostic: ' .. vim.inspect(d)
      end
    end
  end
  return nil
end

-- Waits until the latest diagnostics published after the since-th publication
-- meet check; then checks that Neovim shows them (vim.diagnostic) too.
local function wait_diagnostics(check, since, ms)
  local complaint = 'no diagnostics were published for the document'
  local latest
  vim.wait(ms, function()
    if #state.publishes <= since then
      return false
    end
    latest = state.publishes[#state.publishes]
    complaint = diagnostics_complaint(check, doc_text(), latest.diagnostics)
    return complaint == nil or exit_code() ~= nil
  end, 20)
  if complaint ~= nil then
    error(complaint .. (latest and ('\nlatest diagnostics: ' .. vim.inspect(latest.diagnostics)) or ''), 0)
  end
  local shown = vim.diagnostic.get(state.bufnr, { namespace = vim.lsp.diagnostic.get_namespace(state.client.id) })
  if #shown ~= #latest.diagnostics then
    error(('the server published %d diagnostics, Neovim shows %d'):format(#latest.diagnostics, #shown), 0)
  end
  for _, d in ipairs(latest.diagnostics) do
    local seen = false
    for _, s in ipairs(shown) do
      seen = seen or (s.lnum == d.range.start.line and s.severity == (d.severity or 1))
    end
    if not seen then
      error('Neovim does not show ' .. vim.inspect(d), 0)
    end
  end
end

local run = {}

function run.capabilities(c)
  for _, key in ipairs(c.require) do
    require_capability(key)
  end
end

function run.serverInfo(c)
  local info = init_results[state.client.id].serverInfo
  assert(info, 'the initialize result has no serverInfo')
  assert(info.name == c.serverName and info.version == version, 'serverInfo is ' .. vim.inspect(info))
end

function run.diagnostics(c, ms)
  wait_diagnostics(c, 0, ms)
end

function run.completion(c, ms)
  local params = params_at(c.at, c.occurrence)
  params.context = { triggerKind = 1 }
  local result = request('textDocument/completion', params, ms)
  local items = result and (result.items or result) or {}
  local labels = {}
  for _, item in ipairs(items) do
    labels[#labels + 1] = (item.label:gsub('^"(.*)"$', '%1'))
  end
  for _, want in ipairs(c.includes) do
    assert(vim.tbl_contains(labels, want), ('completion lacks %s: %s'):format(want, vim.inspect(labels)))
  end
  for _, bad in ipairs(c.excludes or {}) do
    assert(not vim.tbl_contains(labels, bad), ('completion offers %s: %s'):format(bad, vim.inspect(labels)))
  end
end

function run.hover(c, ms)
  local result = request('textDocument/hover', params_at(c.at, c.occurrence), ms)
  assert(result and result.contents, 'no hover')
  -- what Neovim puts in the hover window
  local text = table.concat(vim.lsp.util.convert_input_to_markdown_lines(result.contents), '\n')
  for _, want in ipairs(c.includes) do
    assert(text:find(want, 1, true), ('hover lacks %q:\n%s'):format(want, text))
  end
  for _, bad in ipairs(c.excludes or {}) do
    assert(not text:find(bad, 1, true), ('hover has %q:\n%s'):format(bad, text))
  end
end

local function check_locations(c, locs)
  local doc = doc_text()
  for _, e in ipairs(c.expect) do
    local want = span_range(doc, e.overlaps, e.occurrence)
    local hit = false
    for _, l in ipairs(locs) do
      hit = hit or (same_file(l.uri) and overlaps(l.range, want))
    end
    assert(hit, ('no %s location on %s: %s'):format(c.kind, e.overlaps, vim.inspect(locs)))
  end
  assert(#locs == #c.expect, ('%s: expected %d locations, got %s'):format(c.kind, #c.expect, vim.inspect(locs)))
end

function run.definition(c, ms)
  local locs = locations(request('textDocument/definition', params_at(c.at, c.occurrence), ms))
  check_locations(c, locs)
  -- and jump there, as gd does
  assert(vim.lsp.util.jump_to_location(locs[1], state.client.offset_encoding), 'jump_to_location failed')
  local row = vim.api.nvim_win_get_cursor(0)[1] - 1
  assert(row == locs[1].range.start.line, ('the jump went to line %d'):format(row + 1))
end

function run.references(c, ms)
  local params = params_at(c.at, c.occurrence)
  params.context = { includeDeclaration = c.includeDeclaration }
  check_locations(c, locations(request('textDocument/references', params, ms)))
end

function run.rename(c, ms)
  local params = params_at(c.at, c.occurrence)
  params.newName = c.newName
  local edit = request('textDocument/rename', params, ms)
  assert(edit, 'rename returned no edit')
  -- Neovim applies the edits to a scratch copy, so the fixture buffer (and
  -- the server's view of it) stays as it was for the next cases.
  local scratch = vim.api.nvim_create_buf(false, true)
  vim.api.nvim_buf_set_lines(scratch, 0, -1, true, vim.api.nvim_buf_get_lines(state.bufnr, 0, -1, true))
  local function apply(uri, edits)
    assert(same_file(uri), 'rename edits another file: ' .. uri)
    vim.lsp.util.apply_text_edits(edits, scratch, state.client.offset_encoding)
  end
  for uri, edits in pairs(edit.changes or {}) do
    apply(uri, edits)
  end
  for _, change in ipairs(edit.documentChanges or {}) do
    assert(change.textDocument, 'rename makes a file operation: ' .. vim.inspect(change))
    apply(change.textDocument.uri, change.edits)
  end
  local got = table.concat(vim.api.nvim_buf_get_lines(scratch, 0, -1, true), '\n') .. '\n'
  local want = doc_text():gsub(vim.pesc(c.result.replaceAll), (c.result.with:gsub('%%', '%%%%')))
  assert(got == want, 'after the rename:\n' .. got)
end

function run.edit(c, ms)
  if c.before then
    wait_diagnostics(c.before, 0, ms)
  end
  local doc = doc_text()
  local range = span_range(doc, c.replace)
  local since = #state.publishes
  local line = vim.api.nvim_buf_get_lines(state.bufnr, range.start.line, range.start.line + 1, true)[1]
  local first = vim.str_byteindex(line, range.start.character, true)
  local last = vim.str_byteindex(line, range['end'].character, true)
  -- a change as typing makes it: Neovim sends didChange from its own on_lines
  vim.api.nvim_buf_set_text(state.bufnr, range.start.line, first, range['end'].line, last, { c.with })
  wait_diagnostics(c['then'], since, ms)
end

-- Main --------------------------------------------------------------------

local passed, failed, pending_failed, pending_passed = 0, 0, 0, 0

local function step(name, pending, fn)
  local ok, err = pcall(fn)
  if pending then
    if ok then
      pending_passed = pending_passed + 1
      say(('PENDING-PASSES %s: delete its "pending" line in editors/testdata/cases.json'):format(name))
    else
      pending_failed = pending_failed + 1
      say(('PENDING %s (%s): %s'):format(name, pending, tostring(err):gsub('\n', '\n    ')))
    end
    return
  end
  if ok then
    passed = passed + 1
    say('PASS ' .. name)
  else
    failed = failed + 1
    say(('FAIL %s: %s'):format(name, tostring(err):gsub('\n', '\n    ')))
  end
end

-- Runs one suite: opens its file, checks the client that attaches, runs the
-- cases, stops the client.
local function run_suite(suite)
  local root = repo .. '/' .. suite.root
  state = { file = root .. '/' .. suite.file, publishes = {} }
  say(('-- %s (%s)'):format(suite.name, state.file))

  step(suite.name .. ': the client starts for the flake and attaches to the file', nil, function()
    local exited_before = vim.tbl_count(exits)
    vim.cmd('edit ' .. vim.fn.fnameescape(state.file))
    state.bufnr = vim.api.nvim_get_current_buf()
    assert(vim.bo.filetype == 'nix', 'filetype is ' .. vim.bo.filetype)
    wait(timeout_ms, 'no secrets_lsp client attached to the buffer', function()
      for _, client in pairs(vim.lsp.buf_get_clients(state.bufnr)) do
        if client.name == 'secrets_lsp' then
          state.client = client
        end
      end
      return (state.client ~= nil and state.client.initialized == true) or vim.tbl_count(exits) > exited_before
    end)
    assert(state.client and state.client.initialized, 'the client did not initialize')
    assert(state.client.config.root_dir == root, 'root_dir is ' .. tostring(state.client.config.root_dir))
  end)
  if state.client == nil then
    return
  end

  for _, c in ipairs(suite.cases) do
    step(suite.name .. ': ' .. c.name, c.pending, function()
      if c.capability then
        require_capability(c.capability)
      end
      run[c.kind](c, c.pending and pending_timeout_ms or timeout_ms)
    end)
  end

  step(suite.name .. ': shutdown and exit: the server ends with status 0', nil, function()
    state.client.stop()
    wait(timeout_ms, 'the server did not exit after shutdown and exit', function()
      return exit_code() ~= nil
    end)
    assert(exit_code() == 0, 'exit status ' .. tostring(exit_code()))
  end)
end

local function main()
  local bin = os.getenv('SECRETS_LSP_BIN')
  if bin == nil or bin == '' then
    say('FAIL: set SECRETS_LSP_BIN to the secrets-lsp binary to test')
    return quit(2)
  end
  local v = vim.version()
  say(('neovim %d.%d.%d, server %s'):format(v.major, v.minor, v.patch, bin))

  vim.opt.runtimepath:prepend(repo .. '/editors/neovim')
  vim.cmd('filetype on')
  -- what the plugin would tell the user goes into the log
  vim.notify = function(msg)
    say('notify: ' .. msg)
  end
  local on_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  require('secrets_lsp').setup({
    cmd = { bin, '--stdio' },
    handlers = {
      -- record what the server sent, then let Neovim handle it as usual
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result and state.file and same_file(result.uri) then
          state.publishes[#state.publishes + 1] = result
        end
        return on_publish(err, result, ctx, config)
      end,
    },
    on_init = function(client, result)
      init_results[client.id] = result
    end,
    on_exit = function(code, _, client_id)
      exits[client_id] = code
    end,
  })

  for _, suite in ipairs(cases.suites) do
    run_suite(suite)
  end

  say(('pending cases (not counted): %d still failing, %d passing'):format(pending_failed, pending_passed))
  say(('neovim: %d passed, %d failed'):format(passed, failed))
  quit(failed == 0 and 0 or 1)
end

local ok, err = xpcall(main, debug.traceback)
if not ok then
  say('FAIL: the test itself broke: ' .. tostring(err))
  quit(3)
end
