-- The small test runner of unit.lua and readme.lua (loaded with dofile):
-- one PASS or FAIL line per test, then the count, then Neovim exits with
-- the result.
local M = { passed = 0, failed = 0 }

function M.test(name, fn)
  local ok, err = pcall(fn)
  if ok then
    M.passed = M.passed + 1
    io.stdout:write('PASS ', name, '\n')
  else
    M.failed = M.failed + 1
    io.stdout:write('FAIL ', name, ': ', tostring(err), '\n')
  end
end

-- prints "<label>: N passed, N failed" and quits, non-zero when a test failed
function M.finish(label)
  io.stdout:write(('%s: %d passed, %d failed\n'):format(label, M.passed, M.failed))
  vim.cmd(M.failed == 0 and 'qall!' or 'cquit 1')
end

return M
