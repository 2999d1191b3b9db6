-- :checkhealth secrets_lsp
local M = {}

-- 0.10 has vim.health.ok; 0.7 to 0.9 have require('health').report_ok.
local health = vim.health or require('health')
local start = health.start or health.report_start
local ok = health.ok or health.report_ok
local err = health.error or health.report_error

function M.check()
  start('secrets-lsp')
  local lsp = require('secrets_lsp')
  local bin = lsp.default_cmd[1]
  if vim.fn.executable(bin) ~= 1 then
    err(('%s is not on PATH'):format(bin), { lsp.install_hint })
    return
  end
  local out = vim.fn.system({ bin, '--version' })
  if vim.v.shell_error ~= 0 then
    err(('`%s --version` failed: %s'):format(bin, vim.trim(out)))
    return
  end
  ok(('%s (%s)'):format(vim.trim(out), vim.fn.exepath(bin)))
end

return M
