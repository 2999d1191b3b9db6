// Code generated from nixpkgs' lib (the names of each namespace); DO NOT EDIT.
// Regenerate with:
//
//	nix-instantiate --eval --strict --json -E 'let lib = import <nixpkgs/lib>; in builtins.listToAttrs (map (n: { name = n; value = builtins.attrNames lib.${n}; }) [ "asserts" "attrsets" "debug" "filesystem" "fixedPoints" "lists" "modules" "options" "strings" "trivial" "versions" ])'

package eval

// libNamespaceNames lists, per namespace of lib (lib.strings, lib.lists,
// …), the names it has: a modelled function is put in a namespace only if
// nixpkgs has it there, so that lib.strings.replicate is never
// lib.lists.replicate.
var libNamespaceNames = map[string][]string{
	"asserts": {
		"assertEachOneOf", "assertMsg", "assertOneOf", "checkAssertWarn",
	},
	"attrsets": {
		"attrByPath", "attrNames", "attrVals", "attrValues", "attrsToList", "cartesianProduct",
		"catAttrs", "chooseDevOutputs", "collect", "concatMapAttrs", "dontRecurseIntoAttrs",
		"filterAttrs", "filterAttrsRecursive", "foldAttrs", "foldlAttrs", "genAttrs", "genAttrs'",
		"getAttr", "getAttrFromPath", "getAttrs", "getBin", "getDev", "getFirstOutput", "getInclude",
		"getLib", "getMan", "getOutput", "getStatic", "hasAttr", "hasAttrByPath", "intersectAttrs",
		"isAttrs", "isDerivation", "listToAttrs", "longestValidPathPrefix", "mapAttrs", "mapAttrs'",
		"mapAttrsRecursive", "mapAttrsRecursiveCond", "mapAttrsToList", "mapAttrsToListRecursive",
		"mapAttrsToListRecursiveCond", "mapCartesianProduct", "matchAttrs", "mergeAttrsList",
		"nameValuePair", "optionalAttrs", "overrideExisting", "recurseIntoAttrs", "recursiveUpdate",
		"recursiveUpdateUntil", "removeAttrs", "setAttrByPath", "showAttrPath", "toDerivation",
		"unionOfDisjoint", "updateManyAttrsByPath", "zipAttrs", "zipAttrsWith", "zipAttrsWithNames",
	},
	"debug": {
		"addErrorContext", "runTests", "testAllTrue", "throwTestFailures", "trace", "traceFnSeqN",
		"traceIf", "traceSeq", "traceSeqN", "traceVal", "traceValFn", "traceValSeq", "traceValSeqFn",
		"traceValSeqN", "traceValSeqNFn", "unsafeGetAttrPos",
	},
	"filesystem": {
		"baseNameOf", "dirOf", "hashFile", "haskellPathsInDir", "isPath", "listFilesRecursive",
		"locateDominatingFile", "packagesFromDirectoryRecursive", "pathIsDirectory", "pathIsRegularFile",
		"pathType", "readDir", "readFileType", "resolveDefaultNix",
	},
	"fixedPoints": {
		"composeExtensions", "composeManyExtensions", "converge", "extends", "fix", "fix'",
		"makeExtensible", "makeExtensibleWithCustomName", "toExtension",
	},
	"lists": {
		"all", "allUnique", "any", "commonPrefix", "compareLists", "concatAttrValues", "concatLists",
		"concatMap", "count", "crossLists", "drop", "dropEnd", "elem", "elemAt", "filter", "findFirst",
		"findFirstIndex", "findSingle", "flatten", "fold", "foldl", "foldl'", "foldr", "forEach",
		"genList", "groupBy", "groupBy'", "hasPrefix", "head", "ifilter0", "imap0", "imap1", "init",
		"intersectLists", "isList", "last", "length", "listDfs", "map", "mutuallyExclusive",
		"naturalSort", "optional", "optionals", "partition", "range", "remove", "removePrefix",
		"replaceElemAt", "replicate", "reverseList", "singleton", "sort", "sortOn", "sublist",
		"subtractLists", "tail", "take", "takeEnd", "toList", "toposort", "unique", "uniqueStrings",
		"zipLists", "zipListsWith",
	},
	"modules": {
		"applyModuleArgsIfFunction", "collectModules", "defaultOrderPriority", "defaultOverridePriority",
		"dischargeProperties", "doRename", "evalModules", "evalOptionValue", "filterOverrides",
		"filterOverrides'", "fixMergeModules", "fixupOptionType", "importApply", "importJSON",
		"importTOML", "mapDefinitionValue", "mergeAttrDefinitionsWithPrio", "mergeDefinitions",
		"mergeModules", "mergeModules'", "mergeOptionDecls", "mkAfter", "mkAliasAndWrapDefinitions",
		"mkAliasAndWrapDefsWithPriority", "mkAliasDefinitions", "mkAliasIfDef", "mkAliasOptionModule",
		"mkAliasOptionModuleMD", "mkAssert", "mkBefore", "mkChangedOptionModule", "mkDefault",
		"mkDefinition", "mkDerivedConfig", "mkFixStrictness", "mkForce", "mkIf", "mkImageMediaOverride",
		"mkMerge", "mkMergedOptionModule", "mkOptionDefault", "mkOrder", "mkOverride",
		"mkRemovedOptionModule", "mkRenamedOptionModule", "mkRenamedOptionModuleWith", "mkVMOverride",
		"pushDownProperties", "setDefaultModuleLocation", "sortProperties", "unifyModuleSyntax",
	},
	"options": {
		"getFiles", "getValues", "isOption", "literalCode", "literalExpression", "literalMD",
		"mergeDefaultOption", "mergeEqualOption", "mergeOneOption", "mergeUniqueOption",
		"mkEnableOption", "mkOption", "mkPackageOption", "mkSinkUndeclaredOptions",
		"optionAttrSetToDocList", "optionAttrSetToDocList'", "renderOptionValue", "scrubOptionValue",
		"showDefs", "showFiles", "showOption", "showOptionWithDefLocs", "unknownModule",
	},
	"strings": {
		"addContextFrom", "appendContext", "charToInt", "cmakeBool", "cmakeFeature", "cmakeOptionType",
		"commonPrefixLength", "commonSuffixLength", "compareVersions", "concatImapStrings",
		"concatImapStringsSep", "concatLines", "concatMapAttrsStringSep", "concatMapStrings",
		"concatMapStringsSep", "concatStrings", "concatStringsSep", "elem", "elemAt", "enableFeature",
		"enableFeatureAs", "escape", "escapeC", "escapeNixIdentifier", "escapeNixString", "escapeRegex",
		"escapeShellArg", "escapeShellArgs", "escapeURL", "escapeXML", "fileContents", "filter",
		"fixedWidthNumber", "fixedWidthString", "floatToString", "fromJSON", "genList", "getName",
		"getVersion", "hasInfix", "hasPrefix", "hasSuffix", "head", "intersperse", "isAttrs",
		"isConvertibleWithToString", "isInt", "isList", "isPath", "isStorePath", "isString",
		"isStringLike", "isValidPosixName", "join", "levenshtein", "levenshteinAtMost", "lowerChars",
		"makeBinPath", "makeIncludePath", "makeLibraryPath", "makeSearchPath", "makeSearchPathOutput",
		"match", "mesonBool", "mesonEnable", "mesonOption", "nameFromURL", "normalizePath",
		"optionalString", "parseDrvName", "readFile", "removePrefix", "removeSuffix", "replaceString",
		"replaceStrings", "replicate", "sanitizeDerivationName", "split", "splitString", "splitStringBy",
		"storeDir", "stringAsChars", "stringLength", "stringToCharacters", "substring", "tail",
		"toCamelCase", "toInt", "toIntBase10", "toJSON", "toLower", "toSentenceCase", "toShellVar",
		"toShellVars", "toUpper", "trim", "trimWith", "typeOf", "unsafeDiscardStringContext",
		"upperChars", "versionAtLeast", "versionOlder", "withFeature", "withFeatureAs",
	},
	"trivial": {
		"add", "and", "bitAnd", "bitNot", "bitOr", "bitXor", "boolToString", "boolToYesNo", "ceil",
		"checkListOfEnum", "codeName", "compare", "concat", "const", "deepSeq", "defaultTo", "div",
		"flip", "floor", "fromHexString", "functionArgs", "genericClosure", "id", "importJSON",
		"importTOML", "inNixShell", "inPureEvalMode", "info", "isBool", "isFloat", "isFunction",
		"isInOldestRelease", "isInt", "lessThan", "mapNullable", "max", "mergeAttrs", "min",
		"mirrorFunctionArgs", "mod", "mul", "nixpkgsVersion", "oldestSupportedRelease",
		"oldestSupportedReleaseIsAtLeast", "or", "pathExists", "pipe", "readFile", "release",
		"revisionWithDefault", "seq", "setFunctionArgs", "showWarnings", "splitByAndCompare", "sub",
		"throwIf", "throwIfNot", "toBaseDigits", "toFunction", "toHexString", "version", "versionSuffix",
		"warn", "warnIf", "warnIfNot", "xor",
	},
	"versions": {
		"compareVersions", "major", "majorMinor", "minor", "pad", "patch", "splitVersion",
	},
}
