package token

// Kind is the lexical class of a token, one per terminal of Nix's grammar
// (src/libexpr/parser.y in Nix 2.8).
type Kind uint8

// The token kinds. Their String forms are the names Nix's parser uses in
// "syntax error, unexpected X, expecting Y" messages.
const (
	ILLEGAL Kind = iota // a character no rule accepts, or a lexical error
	EOF

	// Literals and string pieces.
	ID               // identifier
	INT              // 42
	FLOAT            // 4.2, .5, 1.e3
	STR              // literal text inside "…" or after a path's first segment
	IND_STR          // literal text inside ''…''
	PATH             // ./a/b, a/b, /a, the first segment of ./a/${x}
	HPATH            // ~/a
	SPATH            // <nixpkgs/lib>
	URI              // https://example.org, x:x
	PATH_END         // zero-width end of a path
	DOLLAR_CURLY     // ${
	IND_STRING_OPEN  // '' (with the line break that may follow it)
	IND_STRING_CLOSE // '' closing an indented string

	// Keywords.
	IF
	THEN
	ELSE
	ASSERT
	WITH
	LET
	IN
	REC
	INHERIT
	OR_KW // or
	ELLIPSIS

	// Two-character operators.
	EQ     // ==
	NEQ    // !=
	LEQ    // <=
	GEQ    // >=
	AND    // &&
	OR     // ||
	IMPL   // ->
	UPDATE // //
	CONCAT // ++

	// Single characters the grammar uses.
	LBRACE   // {
	RBRACE   // }
	LBRACK   // [
	RBRACK   // ]
	LPAREN   // (
	RPAREN   // )
	SEMI     // ;
	COLON    // :
	COMMA    // ,
	ASSIGN   // =
	DOT      // .
	QUESTION // ?
	AT       // @
	PLUS     // +
	MINUS    // -
	MUL      // *
	DIV      // /
	LT       // <
	GT       // >
	NOT      // !
	QUOTE    // "

	// COMMENT is not a terminal of Nix's grammar: scanners return comments
	// only when asked to, so that parsers can keep them.
	COMMENT

	numKinds
)

var kindNames = [numKinds]string{
	ILLEGAL:          "invalid token",
	EOF:              "end of file",
	ID:               "ID",
	INT:              "INT",
	FLOAT:            "FLOAT",
	STR:              "STR",
	IND_STR:          "IND_STR",
	PATH:             "PATH",
	HPATH:            "HPATH",
	SPATH:            "SPATH",
	URI:              "URI",
	PATH_END:         "PATH_END",
	DOLLAR_CURLY:     "DOLLAR_CURLY",
	IND_STRING_OPEN:  "IND_STRING_OPEN",
	IND_STRING_CLOSE: "IND_STRING_CLOSE",
	IF:               "IF",
	THEN:             "THEN",
	ELSE:             "ELSE",
	ASSERT:           "ASSERT",
	WITH:             "WITH",
	LET:              "LET",
	IN:               "IN",
	REC:              "REC",
	INHERIT:          "INHERIT",
	OR_KW:            "OR_KW",
	ELLIPSIS:         "ELLIPSIS",
	EQ:               "EQ",
	NEQ:              "NEQ",
	LEQ:              "LEQ",
	GEQ:              "GEQ",
	AND:              "AND",
	OR:               "OR",
	IMPL:             "IMPL",
	UPDATE:           "UPDATE",
	CONCAT:           "CONCAT",
	LBRACE:           "'{'",
	RBRACE:           "'}'",
	LBRACK:           "'['",
	RBRACK:           "']'",
	LPAREN:           "'('",
	RPAREN:           "')'",
	SEMI:             "';'",
	COLON:            "':'",
	COMMA:            "','",
	ASSIGN:           "'='",
	DOT:              "'.'",
	QUESTION:         "'?'",
	AT:               "'@'",
	PLUS:             "'+'",
	MINUS:            "'-'",
	MUL:              "'*'",
	DIV:              "'/'",
	LT:               "'<'",
	GT:               "'>'",
	NOT:              "'!'",
	QUOTE:            "'\"'",
	COMMENT:          "comment",
}

// String returns the name Nix's parser gives the kind in error messages:
// ID, IF, EQ, "end of file", "'{'" and so on.
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "invalid token"
}

var keywordText = [...]string{IF: "if", THEN: "then", ELSE: "else", ASSERT: "assert", WITH: "with",
	LET: "let", IN: "in", REC: "rec", INHERIT: "inherit", OR_KW: "or"}

// Keyword returns the keyword kind of an identifier-shaped word, or ID.
func Keyword(word string) Kind {
	switch word {
	case "if":
		return IF
	case "then":
		return THEN
	case "else":
		return ELSE
	case "assert":
		return ASSERT
	case "with":
		return WITH
	case "let":
		return LET
	case "in":
		return IN
	case "rec":
		return REC
	case "inherit":
		return INHERIT
	case "or":
		return OR_KW
	}
	return ID
}

// Text returns the source text of a fixed-spelling kind ("{", "==", "if"),
// or "" for kinds whose text varies (identifiers, literals).
func (k Kind) Text() string {
	switch k {
	case ELLIPSIS:
		return "..."
	case EQ:
		return "=="
	case NEQ:
		return "!="
	case LEQ:
		return "<="
	case GEQ:
		return ">="
	case AND:
		return "&&"
	case OR:
		return "||"
	case IMPL:
		return "->"
	case UPDATE:
		return "//"
	case CONCAT:
		return "++"
	case DOLLAR_CURLY:
		return "${"
	}
	if k >= IF && k <= OR_KW {
		return keywordText[k]
	}
	if k >= LBRACE && k <= QUOTE {
		n := kindNames[k]
		return n[1 : len(n)-1]
	}
	return ""
}
