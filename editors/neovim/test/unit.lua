-- Unit tests of lua/secrets_lsp, headless:
--
--   nvim --headless --clean -u editors/neovim/test/unit.lua
--
-- Root rules and configuration on a scratch directory tree; no server runs.

local script = debug.getinfo(1, 'S').source:sub(2)
local repo = vim.fn.fnamemodify(script, ':p:h:h:h:h')
vim.opt.runtimepath:prepend(repo .. '/editors/neovim')
local lsp = require('secrets_lsp')

local runner = dofile(repo .. '/editors/neovim/test/runner.lua')
local test = runner.test

local function eq(got, want)
  if not vim.deep_equal(got, want) then
    error(('got %s, want %s'):format(vim.inspect(got), vim.inspect(want)), 2)
  end
end

-- A tree:  t/.git/  t/flake.nix  t/sub/flake.nix  t/sub/deep/x.nix
--          t/plain/y.nix  t/other/.git (a file, as in a worktree)  t/other/z.nix
local t = vim.fn.resolve(vim.fn.tempname())
for _, dir in ipairs({ '/.git', '/sub/deep', '/plain', '/other' }) do
  vim.fn.mkdir(t .. dir, 'p')
end
for _, file in ipairs({ '/flake.nix', '/sub/flake.nix', '/sub/deep/x.nix', '/plain/y.nix', '/other/.git', '/other/z.nix' }) do
  vim.fn.writefile({}, t .. file)
end

test('root_dir: the nearest flake.nix wins over an outer one and over .git', function()
  eq(lsp.root_dir(t .. '/sub/deep/x.nix'), t .. '/sub')
  eq(lsp.root_dir(t .. '/sub/flake.nix'), t .. '/sub')
end)

test('root_dir: a flake.nix further up wins over a nearer .git', function()
  -- t/other has .git, t has flake.nix: flake.nix is looked for first, all the way up
  eq(lsp.root_dir(t .. '/other/z.nix'), t)
end)

test('root_dir: a flake.nix anywhere above', function()
  eq(lsp.root_dir(t .. '/plain/y.nix'), t)
end)

test('root_dir: .git (directory or file) when no flake.nix is above', function()
  local u = vim.fn.resolve(vim.fn.tempname())
  vim.fn.mkdir(u .. '/repo/.git', 'p')
  vim.fn.mkdir(u .. '/wt/a', 'p')
  vim.fn.writefile({ 'gitdir: /elsewhere' }, u .. '/wt/.git')
  eq(lsp.root_dir(u .. '/repo/x.nix'), u .. '/repo')
  eq(lsp.root_dir(u .. '/wt/a/x.nix'), u .. '/wt')
end)

test('root_dir: nil with neither', function()
  local u = vim.fn.resolve(vim.fn.tempname())
  vim.fn.mkdir(u, 'p')
  -- (assumes no directory above the temporary one is a flake or a repository)
  eq(lsp.root_dir(u .. '/x.nix'), nil)
end)

test('config: defaults, the root as workspace folder', function()
  local c = lsp.config(t)
  eq(c.name, 'secrets_lsp')
  eq(c.cmd, { 'secrets-lsp', '--stdio' })
  eq(c.root_dir, t)
  eq(c.workspace_folders, { { uri = vim.uri_from_fname(t), name = t } })
end)

test('config: user options pass through, name and root do not change', function()
  local attach = function() end
  local c = lsp.config(t, { cmd = { '/x/secrets-lsp', '--stdio', '-v' }, on_attach = attach, name = 'other', root_dir = '/', filetypes = { 'nix' } })
  eq(c.cmd, { '/x/secrets-lsp', '--stdio', '-v' })
  eq(c.on_attach, attach)
  eq(c.name, 'secrets_lsp')
  eq(c.root_dir, t)
  eq(c.filetypes, nil)
end)

test('attach: a missing binary is reported once, with how to install it', function()
  local notes = {}
  local notify = vim.notify
  vim.notify = function(msg, level)
    notes[#notes + 1] = { msg = msg, level = level }
  end
  local attach = lsp.attacher({ cmd = { t .. '/no-such-secrets-lsp', '--stdio' } })
  vim.cmd('edit ' .. vim.fn.fnameescape(t .. '/sub/deep/x.nix'))
  local first = attach(vim.api.nvim_get_current_buf())
  vim.cmd('edit ' .. vim.fn.fnameescape(t .. '/plain/y.nix'))
  local second = attach(vim.api.nvim_get_current_buf())
  vim.notify = notify
  eq(first, nil)
  eq(second, nil)
  eq(#notes, 1)
  eq(notes[1].level, vim.log.levels.ERROR)
  assert(notes[1].msg:find('no-such-secrets-lsp', 1, true), notes[1].msg)
  assert(notes[1].msg:find('go install github.com/secrets-lsp/secrets-lsp/cmd/secrets-lsp@latest', 1, true), notes[1].msg)
  eq(#vim.lsp.get_active_clients(), 0)
end)

test('attach: no client for an unnamed buffer, a special buffer, or a file outside any root', function()
  -- `true` is executable, so only the buffer can be the reason for nil
  local attach = lsp.attacher({ cmd = { 'true' } })
  vim.cmd('enew')
  eq(attach(vim.api.nvim_get_current_buf()), nil)
  vim.cmd('enew')
  vim.api.nvim_buf_set_name(0, t .. '/sub/scratch.nix')
  vim.cmd('setlocal buftype=nofile')
  eq(attach(vim.api.nvim_get_current_buf()), nil)
  local u = vim.fn.resolve(vim.fn.tempname())
  vim.fn.mkdir(u, 'p')
  vim.cmd('edit ' .. vim.fn.fnameescape(u .. '/x.nix'))
  eq(attach(vim.api.nvim_get_current_buf()), nil)
  eq(#vim.lsp.get_active_clients(), 0)
end)

local function health_report()
  vim.cmd('silent checkhealth secrets_lsp')
  local text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
  vim.cmd('bwipeout!')
  return text
end

test(':checkhealth secrets_lsp: the binary on PATH and its version', function()
  local path = vim.env.PATH
  vim.fn.mkdir(t .. '/bin', 'p')
  vim.fn.writefile({ '#!/bin/sh', 'echo "secrets-lsp 9.9.9"' }, t .. '/bin/secrets-lsp')
  vim.fn.setfperm(t .. '/bin/secrets-lsp', 'rwxr-xr-x')
  vim.env.PATH = t .. '/bin:' .. path
  local found = health_report()
  vim.env.PATH = t .. '/empty'
  local missing = health_report()
  vim.env.PATH = path
  assert(found:find('OK: secrets-lsp 9.9.9 (' .. t .. '/bin/secrets-lsp)', 1, true), found)
  assert(missing:find('ERROR: secrets-lsp is not on PATH', 1, true), missing)
  assert(missing:find('go install github.com/secrets-lsp/secrets-lsp/cmd/secrets-lsp@latest', 1, true), missing)
end)

vim.fn.delete(t, 'rf')
runner.finish('neovim unit')
