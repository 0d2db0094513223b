-- Drives the language server from headless Neovim 0.7+ (vim.lsp.start_client: 0.7 has no vim.lsp.start)
-- and writes what the editor received as JSON, for test/server/neovim.test.ts to check.
-- Run: nvim --headless -u NONE -i NONE -n -c "luafile probe.lua"
-- Environment: UN_SERVER_CMD  the server command line as a JSON array
--              UN_RESOLUTION  a resolution to outline;  UN_DRAFT  a draft with a numbering gap
--              UN_HOVER_LINE, UN_HOVER_CHARACTER  a citation in the draft (0-based);  UN_OUT  the JSON file to write
local report = { errors = {}, diagnostics = vim.NIL, symbols = vim.NIL, hover = vim.NIL }
local function fail(message) table.insert(report.errors, message) end

local function finish(client_id)
  if client_id then
    vim.lsp.stop_client(client_id)
    vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
  end
  local file = io.open(os.getenv('UN_OUT'), 'w')
  file:write(vim.fn.json_encode(report))
  file:close()
  vim.cmd('qall!')
end

local v = vim.version()
report.nvim = string.format('%d.%d.%d', v.major, v.minor, v.patch)

local published = {}
local client_id = vim.lsp.start_client({
  name = 'un-resolution',
  cmd = vim.fn.json_decode(os.getenv('UN_SERVER_CMD')),
  root_dir = vim.fn.getcwd(),
  handlers = {
    -- Keep the raw notification (with rule codes) as well as Neovim's own handling of it.
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      published[result.uri] = result.diagnostics
      return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
    end,
  },
  on_exit = function(code) if code ~= 0 then fail('server exited with ' .. tostring(code)) end end,
})
if not client_id then fail('the server did not start'); return finish(nil) end

local function open(path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'un-resolution'
  vim.lsp.buf_attach_client(bufnr, client_id)
  return bufnr
end

local function request(bufnr, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, 15000)
  if not responses then fail(method .. ': ' .. tostring(err)); return vim.NIL end
  local response = responses[client_id]
  if not response then fail(method .. ': no response'); return vim.NIL end
  if response.err or response.error then fail(method .. ': ' .. vim.inspect(response.err or response.error)); return vim.NIL end
  return response.result == nil and vim.NIL or response.result
end

local resolution = open(os.getenv('UN_RESOLUTION'))
if not vim.wait(15000, function() local c = vim.lsp.get_client_by_id(client_id); return c ~= nil and c.initialized end, 50) then
  fail('the server did not initialize'); return finish(client_id)
end
report.symbols = request(resolution, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params(resolution) })

local draft = open(os.getenv('UN_DRAFT'))
local draft_uri = vim.uri_from_bufnr(draft)
if vim.wait(15000, function() return published[draft_uri] ~= nil end, 50) then
  report.diagnostics = published[draft_uri]
  report.shown = #vim.diagnostic.get(draft) -- what the user sees in the buffer
else
  fail('no diagnostics were published for the draft')
end

-- Neovim sends no request a server did not announce, so ask only when hover is offered.
local capabilities = vim.lsp.get_client_by_id(client_id).server_capabilities or {}
report.hover_provider = capabilities.hoverProvider ~= nil and capabilities.hoverProvider ~= false
if not report.hover_provider then return finish(client_id) end
report.hover = request(draft, 'textDocument/hover', {
  textDocument = vim.lsp.util.make_text_document_params(draft),
  position = { line = tonumber(os.getenv('UN_HOVER_LINE')), character = tonumber(os.getenv('UN_HOVER_CHARACTER')) },
})
finish(client_id)
