package lsp

import (
	"cmp"
	"errors"
	"io/fs"
	"slices"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/lsp/workspace"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// workspaceEdit is LSP's WorkspaceEdit in the two forms clients accept:
// changes (plain edits by URI) or documentChanges (edits of versioned
// documents, mixed with file creations). protocol v0.12.0 can express
// neither a null version nor a creation in documentChanges.
type workspaceEdit struct {
	Changes         map[protocol.DocumentURI][]protocol.TextEdit `json:"changes,omitempty"`
	DocumentChanges []any                                        `json:"documentChanges,omitempty"`
}

// textDocumentEdit edits one document; Version is null for a file that is
// not open (the editor edits it as it is on disk).
type textDocumentEdit struct {
	TextDocument struct {
		URI     protocol.DocumentURI `json:"uri"`
		Version *int32               `json:"version"`
	} `json:"textDocument"`
	Edits []protocol.TextEdit `json:"edits"`
}

type createFile struct {
	Kind string               `json:"kind"` // "create"
	URI  protocol.DocumentURI `json:"uri"`
}

// workspaceEdit converts edits to the form the client supports, versioned
// by the documents of snap. An edit of a file that does not exist creates
// it, which needs documentChanges and the "create" resource operation.
func (s *server) workspaceEdit(snap *workspace.Snapshot, enc token.Encoding, edits []feature.TextEdit) (*workspaceEdit, error) {
	s.mu.Lock()
	caps := s.client.Workspace.WorkspaceEdit
	s.mu.Unlock()
	byFile := map[string][]feature.TextEdit{}
	for _, e := range edits {
		byFile[e.File] = append(byFile[e.File], e)
	}
	files := make([]string, 0, len(byFile))
	for f := range byFile {
		files = append(files, f)
	}
	slices.Sort(files)

	out := &workspaceEdit{}
	for _, name := range files {
		f, err := snap.File(name)
		create := errors.Is(err, fs.ErrNotExist)
		switch {
		case create && !(caps.DocumentChanges && slices.Contains(caps.ResourceOperations, "create")):
			return nil, feature.Refuse("%s does not exist and the editor cannot create files in an edit", name)
		case create:
			f = token.NewFile(name, nil)
		case err != nil:
			return nil, err
		}
		fileEdits := byFile[name]
		slices.SortFunc(fileEdits, func(a, b feature.TextEdit) int { return cmp.Compare(a.Start, b.Start) })
		lspEdits := make([]protocol.TextEdit, len(fileEdits))
		for i, e := range fileEdits {
			lspEdits[i] = protocol.TextEdit{Range: lspRange(f, e.Start, e.End, enc), NewText: e.NewText}
		}
		uri := protocol.DocumentURI(snap.URI(name))
		if doc := snap.Document(name); doc != nil {
			uri = protocol.DocumentURI(doc.URI) // the client's spelling
		}
		if !caps.DocumentChanges {
			if out.Changes == nil {
				out.Changes = map[protocol.DocumentURI][]protocol.TextEdit{}
			}
			out.Changes[uri] = lspEdits
			continue
		}
		if create {
			out.DocumentChanges = append(out.DocumentChanges, createFile{Kind: "create", URI: uri})
		}
		var te textDocumentEdit
		te.TextDocument.URI = uri
		if doc := snap.Document(name); doc != nil {
			v := doc.Version
			te.TextDocument.Version = &v
		}
		te.Edits = lspEdits
		out.DocumentChanges = append(out.DocumentChanges, te)
	}
	return out, nil
}
