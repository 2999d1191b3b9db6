-- secrets-lsp for Neovim with nothing but the built-in client (0.7 and later).
--
--   require('secrets_lsp').setup({})              -- every Nix buffer of a flake
--   require('secrets_lsp').setup({ cmd = { '/path/to/secrets-lsp', '--stdio' } })
--
-- One client per root: the nearest directory holding flake.nix, else the
-- nearest holding .git. A Nix file with neither gets no client.

local M = {}

M.name = 'secrets_lsp'
M.default_cmd = { 'secrets-lsp', '--stdio' }
M.filetypes = { 'nix' }
M.install_hint = 'install it with `go install github.com/secrets-lsp/secrets-lsp/cmd/secrets-lsp@latest` '
  .. 'or `nix profile install github:secrets-lsp/secrets-lsp`, or pass cmd to setup()'

local uv = vim.loop

-- The nearest ancestor of dir (dir included) that holds marker, or nil.
local function find_up(dir, marker)
  while true do
    if uv.fs_stat(dir .. '/' .. marker) then
      return dir
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then
      return nil
    end
    dir = parent
  end
end

--- The workspace root of a file: the nearest directory with flake.nix, or,
--- when no ancestor has one, the nearest with .git (a file or a directory).
---@param path string a file's path
---@return string|nil
function M.root_dir(path)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  return find_up(dir, 'flake.nix') or find_up(dir, '.git')
end

--- The client configuration for one root, as vim.lsp.start_client and
--- vim.lsp.start take it. opts may hold any of their options (cmd,
--- on_attach, capabilities, settings, handlers, on_exit, ...); filetypes is
--- setup's and is left out.
function M.config(root, opts)
  local config = vim.tbl_extend('force', { cmd = M.default_cmd }, opts or {}, {
    name = M.name,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
  })
  config.filetypes = nil
  return config
end

-- Whether cmd[1] can run; says how to get it, once per command, when not.
local function runnable(cmd, warned)
  if vim.fn.executable(cmd[1]) == 1 then
    return true
  end
  if not warned[cmd[1]] then
    warned[cmd[1]] = true
    vim.notify(('secrets-lsp: %q is not executable or not on PATH; %s'):format(cmd[1], M.install_hint), vim.log.levels.ERROR)
  end
  return false
end

--- Returns attach(bufnr): starts or reuses the client of the buffer's root and
--- attaches it; returns the client id, or nil when the buffer gets none.
function M.attacher(opts)
  opts = opts or {}
  local clients = {} -- root -> client id; only 0.7, which has no vim.lsp.start
  local warned = {}
  return function(bufnr)
    if vim.api.nvim_buf_get_option(bufnr, 'buftype') ~= '' then
      return nil
    end
    local name = vim.api.nvim_buf_get_name(bufnr)
    if name == '' then
      return nil
    end
    local root = M.root_dir(name)
    if root == nil then
      return nil
    end
    local config = M.config(root, opts)
    if not runnable(config.cmd, warned) then
      return nil
    end
    if vim.lsp.start then
      return vim.lsp.start(config, { bufnr = bufnr })
    end
    local id = clients[root]
    if id == nil or vim.lsp.client_is_stopped(id) then
      id = vim.lsp.start_client(config)
      if id == nil then
        return nil
      end
      clients[root] = id
    end
    vim.lsp.buf_attach_client(bufnr, id)
    return id
  end
end

--- Attaches secrets-lsp to every buffer of opts.filetypes (default nix):
--- those opened from now on and those already loaded.
function M.setup(opts)
  opts = opts or {}
  local attach = M.attacher(opts)
  local filetypes = opts.filetypes or M.filetypes
  local group = vim.api.nvim_create_augroup('secrets_lsp', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = filetypes,
    callback = function(args)
      attach(args.buf)
    end,
  })
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(filetypes, vim.api.nvim_buf_get_option(bufnr, 'filetype')) then
      attach(bufnr)
    end
  end
end

return M
