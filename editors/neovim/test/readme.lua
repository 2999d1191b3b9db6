-- The README's "plain vim.lsp, no plugin" Neovim snippet, run as a user would
-- paste it, headless:
--
--   PATH=<dir with secrets-lsp>:$PATH nvim --headless --clean -u editors/neovim/test/readme.lua
--
-- Checks that it starts one client per root (the rules the README states) for
-- the fixture flake, examples/basic and a Nix file outside any flake.

jit.off(true, true) -- see init.lua: LuaJIT beta traces of polling loops crash 0.7.2

local script = debug.getinfo(1, 'S').source:sub(2)
local repo = vim.fn.fnamemodify(script, ':p:h:h:h:h')

local runner = dofile(repo .. '/editors/neovim/test/runner.lua')
local test = runner.test

-- the first ```lua block after the heading line
local function snippet(heading)
  local lines, inside, found = {}, false, false
  for line in io.lines(repo .. '/README.md') do
    if not found then
      found = line:find(heading, 1, true) == 1
    elseif not inside then
      inside = line == '```lua'
    elseif line == '```' then
      return table.concat(lines, '\n')
    else
      lines[#lines + 1] = line
    end
  end
  error('no lua block after ' .. heading .. ' in README.md', 0)
end

local function client_of(file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local found
  vim.wait(15000, function()
    for _, c in pairs(vim.lsp.buf_get_clients(0)) do
      if c.name == 'secrets_lsp' and c.initialized then
        found = c
      end
    end
    return found ~= nil
  end, 20)
  return found
end

vim.cmd('filetype on')
test('the snippet runs', function()
  assert(vim.fn.executable('secrets-lsp') == 1, 'secrets-lsp is not on PATH')
  assert(loadstring(snippet('**With plain `vim.lsp`, no plugin**'), 'README snippet'))()
end)

local fixture = client_of(repo .. '/editors/testdata/flake/flake.nix')
local example = client_of(repo .. '/examples/basic/secrets.nix')
local example2 = client_of(repo .. '/examples/basic/keys.nix')

test('a client for the fixture flake, rooted at its flake.nix', function()
  assert(fixture, 'no client attached')
  assert(fixture.config.root_dir == repo .. '/editors/testdata/flake', fixture.config.root_dir)
end)
test('another for examples/basic, shared by its files', function()
  assert(example and example2, 'no client attached')
  assert(example.config.root_dir == repo .. '/examples/basic', example.config.root_dir)
  assert(example.id ~= fixture.id and example2.id == example.id, 'client ids ' .. fixture.id .. ' ' .. example.id .. ' ' .. example2.id)
end)
test('a Nix file with no flake.nix above it is rooted at .git', function()
  -- the repository's own flake.nix is above nix/, so use a scratch repository
  local dir = vim.fn.resolve(vim.fn.tempname())
  vim.fn.mkdir(dir .. '/.git', 'p')
  vim.fn.mkdir(dir .. '/sub', 'p')
  vim.fn.writefile({ '{ }' }, dir .. '/sub/a.nix')
  local c = client_of(dir .. '/sub/a.nix')
  assert(c, 'no client attached')
  assert(c.config.root_dir == dir, c.config.root_dir)
end)

vim.lsp.stop_client(vim.lsp.get_active_clients())
runner.finish('neovim readme')
