package analysis

import (
	"bytes"
	"io/fs"
)

// ReselectSelection is Reselect for the versions of file that differ from
// the one analysed only in the names secrets select: a name retyped in a
// secret's admins or targets, names added to or removed from such a list,
// or nothing at all. Those leave every group's names (its admins and
// targets) as the analysis found them, so that what a completion offers
// may be taken from the analysis before the new version is analysed. ok
// is false for any other change, including those Reselect answers by
// building a group again.
func (r *Result) ReselectSelection(fsys fs.FS, file string, src []byte) (diags []Diagnostic, ok bool) {
	base := r.files[file]
	if base == nil {
		return nil, false
	}
	if bytes.Equal(base.File.Source(), src) {
		return r.Reselect(fsys, file, src)
	}
	return r.reselectName(fsys, file, base, src, DiffTexts(base.File.Source(), src))
}
