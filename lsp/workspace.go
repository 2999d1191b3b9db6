package lsp

import (
	"context"
	"encoding/json"
	"fmt"

	"go.lsp.dev/protocol"
)

// watchedFiles returns the glob patterns the server asks the client to
// watch: the files that change the answers without being open — Nix modules
// and key files (.nix, .json, .toml, .pub), the generated .sops.yaml and the
// encrypted files.
func watchedFiles() []string {
	return []string{"**/*.nix", "**/*.json", "**/*.toml", "**/*.pub", "**/.sops.yaml", "**/secrets/**"}
}

// watchRegistrationID names the registration, so that it could be removed.
const watchRegistrationID = "secrets-lsp/watched-files"

func (s *server) registerWatchers() {
	var watchers []protocol.FileSystemWatcher
	for _, g := range watchedFiles() {
		watchers = append(watchers, protocol.FileSystemWatcher{GlobPattern: g})
	}
	params := protocol.RegistrationParams{Registrations: []protocol.Registration{{
		ID:              watchRegistrationID,
		Method:          protocol.MethodWorkspaceDidChangeWatchedFiles,
		RegisterOptions: protocol.DidChangeWatchedFilesRegistrationOptions{Watchers: watchers},
	}}}
	if _, err := s.conn.Call(s.ctx, protocol.MethodClientRegisterCapability, params, nil); err != nil {
		s.log.Warn("the client refused to watch files; changes on disk are seen only when a document changes", "error", err)
	}
}

func (s *server) didChangeWatchedFiles(_ context.Context, p *protocol.DidChangeWatchedFilesParams) (any, error) {
	s.log.Debug("files changed on disk", "count", len(p.Changes))
	s.session.DiskChanged()
	s.diag.schedule()
	return nil, nil
}

func (s *server) didChangeWorkspaceFolders(_ context.Context, p *protocol.DidChangeWorkspaceFoldersParams) (any, error) {
	uris := func(fs []protocol.WorkspaceFolder) []string {
		var us []string
		for _, f := range fs {
			us = append(us, f.URI)
		}
		return us
	}
	if _, err := s.session.ChangeFolders(uris(p.Event.Added), uris(p.Event.Removed)); err != nil {
		s.logMessage(protocol.MessageTypeWarning, fmt.Sprintf("some workspace folders are not served: %v", err))
	}
	s.diag.schedule()
	return nil, nil
}

type didChangeConfigurationParams struct {
	Settings json.RawMessage `json:"settings"`
}

// didChangeConfiguration re-reads the settings: pulled from the client when
// it supports workspace/configuration (the settings pushed here are then
// often null), else taken from the notification.
func (s *server) didChangeConfiguration(_ context.Context, p *didChangeConfigurationParams) (any, error) {
	s.mu.Lock()
	pull := s.client.Workspace.Configuration
	s.mu.Unlock()
	if pull {
		s.goBackground(s.pullConfig)
		return nil, nil
	}
	if section := findSection(p.Settings); section != nil {
		s.applyConfig(section)
	}
	return nil, nil
}

// pullConfig asks the client for the settings section.
func (s *server) pullConfig() {
	params := protocol.ConfigurationParams{Items: []protocol.ConfigurationItem{{Section: ConfigSection}}}
	var result []json.RawMessage
	if _, err := s.conn.Call(s.ctx, protocol.MethodWorkspaceConfiguration, params, &result); err != nil {
		s.log.Warn("cannot read the settings", "error", err)
		return
	}
	if len(result) == 0 || string(result[0]) == "null" {
		return // nothing set: keep the defaults
	}
	s.applyConfig(result[0])
}

func (s *server) applyConfig(raw json.RawMessage) {
	s.mu.Lock()
	cfg, err := parseConfig(raw, s.config)
	s.config = cfg
	s.mu.Unlock()
	if err != nil {
		s.logMessage(protocol.MessageTypeWarning, fmt.Sprintf("settings: %v", err))
	}
	s.diag.setDelay(cfg.DiagnosticsDelay)
	s.diag.schedule()
}
