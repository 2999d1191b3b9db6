package nixparse

import "sort"

// Builtins selects the names a Nix version binds globally, in the scope
// every file starts in.
type Builtins uint8

const (
	// Nix28 is the global scope of Nix 2.8 with its default settings: the
	// reference for verdicts (what nix-instantiate --parse accepts).
	Nix28 Builtins = iota
	// NixCurrent adds the builtins of current Nix (2.18 and later), for
	// editors: code written for a newer Nix should not be flagged.
	NixCurrent
)

// Has reports whether name is bound globally.
func (b Builtins) Has(name string) bool {
	if has(globals28, name) {
		return true
	}
	return b == NixCurrent && has(globalsCurrent, name)
}

func has(sorted []string, name string) bool {
	i := sort.SearchStrings(sorted, name)
	return i < len(sorted) && sorted[i] == name
}

// globals28 lists, sorted, every name Nix 2.8 binds globally (checked with
// nix-instantiate --parse -E NAME for each attribute of builtins and its
// __ form).
var globals28 = []string{
	"__add", "__addErrorContext", "__all", "__any", "__appendContext", "__attrNames",
	"__attrValues", "__bitAnd", "__bitOr", "__bitXor", "__catAttrs", "__ceil",
	"__compareVersions", "__concatLists", "__concatMap", "__concatStringsSep",
	"__currentSystem", "__currentTime", "__deepSeq", "__div", "__elem", "__elemAt",
	"__fetchurl", "__filter", "__filterSource", "__findFile", "__floor", "__foldl'",
	"__fromJSON", "__functionArgs", "__genList", "__genericClosure", "__getAttr",
	"__getContext", "__getEnv", "__groupBy", "__hasAttr", "__hasContext", "__hashFile",
	"__hashString", "__head", "__intersectAttrs", "__isAttrs", "__isBool", "__isFloat",
	"__isFunction", "__isInt", "__isList", "__isPath", "__isString", "__langVersion",
	"__length", "__lessThan", "__listToAttrs", "__mapAttrs", "__match", "__mul", "__nixPath",
	"__nixVersion", "__parseDrvName", "__partition", "__path", "__pathExists", "__readDir",
	"__readFile", "__replaceStrings", "__seq", "__sort", "__split", "__splitVersion",
	"__storeDir", "__storePath", "__stringLength", "__sub", "__substring", "__tail",
	"__toFile", "__toJSON", "__toPath", "__toXML", "__trace", "__tryEval", "__typeOf",
	"__unsafeDiscardOutputDependency", "__unsafeDiscardStringContext", "__unsafeGetAttrPos",
	"__zipAttrsWith", "abort", "baseNameOf", "builtins", "derivation", "derivationStrict",
	"dirOf", "false", "fetchGit", "fetchMercurial", "fetchTarball", "fetchTree", "fromTOML",
	"import", "isNull", "map", "null", "placeholder", "removeAttrs", "scopedImport", "throw",
	"toString", "true",
}

// globalsCurrent lists, sorted, the global names newer versions of Nix add.
var globalsCurrent = []string{
	"__addDrvOutputDependencies", "__convertHash", "__fetchClosure", "__getFlake",
	"__readFileType", "__traceVerbose", "__warn",
}
