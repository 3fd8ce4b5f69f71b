/*
 * Python 3.13 grammar for Weft (parser part).
 *
 * Tokens come from dev.weft.frontend.tokenize.Tokenizer, a hand-written tokenizer that mirrors
 * CPython's (INDENT/DEDENT, implicit line joining, PEP 701 f-string tokens, exact error
 * messages); it emits the token types declared below. Names follow CPython's Grammar/Tokens.
 * Hard keywords get their own token types; soft keywords (match, case, _, type) stay NAME and
 * are recognised by the rules that need them.
 */
parser grammar PythonParser;

tokens {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
    FSTRING_START, FSTRING_MIDDLE, FSTRING_END,
    LPAR, RPAR, LSQB, RSQB, COLON, COMMA, SEMI, PLUS, MINUS, STAR, SLASH, VBAR, AMPER,
    LESS, GREATER, EQUAL, DOT, PERCENT, LBRACE, RBRACE, EQEQUAL, NOTEQUAL, LESSEQUAL,
    GREATEREQUAL, TILDE, CIRCUMFLEX, LEFTSHIFT, RIGHTSHIFT, DOUBLESTAR, PLUSEQUAL, MINEQUAL,
    STAREQUAL, SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL,
    LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL, DOUBLESTAREQUAL, DOUBLESLASH, DOUBLESLASHEQUAL, AT,
    ATEQUAL, RARROW, ELLIPSIS, COLONEQUAL, EXCLAMATION,
    FALSE, NONE, TRUE, AND, AS, ASSERT, ASYNC, AWAIT, BREAK, CLASS, CONTINUE, DEF, DEL, ELIF,
    ELSE, EXCEPT, FINALLY, FOR, FROM, GLOBAL, IF, IMPORT, IN, IS, LAMBDA, NONLOCAL, NOT, OR,
    PASS, RAISE, RETURN, TRY, WHILE, WITH, YIELD,
    // Not emitted by the tokenizer: SoftKeywords retags a NAME to these before parsing when the
    // soft keyword starts a match statement or a type alias, so the grammar decides in LL(1).
    SOFT_MATCH, SOFT_TYPE
}


/*
 * The rules follow the structure of CPython's Grammar/python.gram where that keeps decisions
 * LL(1)/LL(2); elsewhere they are factored (e.g. assignment targets are parsed as expressions
 * and checked by the AST builder, parameters are a flat list whose order the builder checks),
 * which is also where CPython's specific error messages are produced.
 */

@parser::members {
    /** Whether the next token is the NAME {@code word} (a soft keyword in this position). */
    private boolean isSoftKeyword(String word) {
        return word.equals(_input.LT(1).getText());
    }
}

// ---------------------------------------------------------------- statements

file_input : statement* ENDMARKER? EOF ;

statement : compound_stmt | simple_stmts ;

simple_stmts : simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE ;

simple_stmt
    : expr_stmt
    | type_alias
    | return_stmt
    | import_name
    | import_from
    | raise_stmt
    | pass_stmt
    | del_stmt
    | assert_stmt
    | break_stmt
    | continue_stmt
    | global_stmt
    | nonlocal_stmt
    ;

compound_stmt
    : function_def
    | if_stmt
    | class_def
    | with_stmt
    | for_stmt
    | try_stmt
    | while_stmt
    | match_stmt
    | decorated
    ;

// An expression statement, an assignment (targets are parsed as expressions), an augmented
// assignment or an annotated assignment.
expr_stmt
    : annotated_rhs
      ( augassign annotated_rhs                         // AugAssign
      | COLON expression (EQUAL annotated_rhs)?         // AnnAssign
      | (EQUAL annotated_rhs)*                          // Assign or Expr
      )
    ;

annotated_rhs : yield_expr | star_expressions ;

augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL
    | VBAREQUAL | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL
    | DOUBLESLASHEQUAL
    ;

type_alias : SOFT_TYPE NAME type_params? EQUAL expression ;

return_stmt : RETURN star_expressions? ;

raise_stmt : RAISE (expression (FROM expression)?)? ;

pass_stmt : PASS ;

break_stmt : BREAK ;

continue_stmt : CONTINUE ;

global_stmt : GLOBAL NAME (COMMA NAME)* ;

nonlocal_stmt : NONLOCAL NAME (COMMA NAME)* ;

del_stmt : DEL star_expression (COMMA star_expression)* COMMA? ;

assert_stmt : ASSERT expression (COMMA expression)? ;

import_name : IMPORT dotted_as_name (COMMA dotted_as_name)* ;

dotted_as_name : dotted_name (AS NAME)? ;

dotted_name : NAME (DOT NAME)* ;

import_from
    : FROM (DOT | ELLIPSIS)* dotted_name? IMPORT
      ( STAR
      | LPAR import_from_as_name (COMMA import_from_as_name)* COMMA? RPAR
      | import_from_as_name (COMMA import_from_as_name)* COMMA?
      )
    ;

import_from_as_name : NAME (AS NAME)? ;

// ---------------------------------------------------------------- compound statements

block
    : NEWLINE INDENT statement+ DEDENT
    | simple_stmts
    ;

decorated : (AT named_expression NEWLINE)+ (class_def | function_def) ;

class_def : CLASS NAME type_params? (LPAR arguments? RPAR)? COLON block ;

function_def : ASYNC? DEF NAME type_params? LPAR parameters? RPAR (RARROW expression)? COLON block ;

// A flat list: the builder checks the order (positional-only, defaults, '*', '**').
parameters : parameter (COMMA parameter)* COMMA? ;

parameter
    : NAME (COLON expression)? (EQUAL expression)?          # plainParameter
    | SLASH                                                 # slashParameter
    | STAR (NAME (COLON star_expression)?)? (EQUAL expression)?   # starParameter
    | DOUBLESTAR NAME (COLON expression)? (EQUAL expression)?     # doubleStarParameter
    ;

type_params : LSQB type_param (COMMA type_param)* COMMA? RSQB ;

type_param
    : NAME (COLON expression)? (EQUAL expression)?          # typeVar
    | STAR NAME (COLON expression)? (EQUAL star_expression)?      # typeVarTuple
    | DOUBLESTAR NAME (COLON expression)? (EQUAL expression)?     # paramSpec
    ;

if_stmt : IF named_expression COLON block elif_clause* else_block? ;

elif_clause : ELIF named_expression COLON block ;

else_block : ELSE COLON block ;

while_stmt : WHILE named_expression COLON block else_block? ;

for_stmt : ASYNC? FOR star_targets IN star_expressions COLON block else_block? ;

with_stmt
    : ASYNC? WITH LPAR with_item (COMMA with_item)* COMMA? RPAR COLON block   # parenthesizedWith
    | ASYNC? WITH with_item (COMMA with_item)* COLON block                   # plainWith
    ;

with_item : expression (AS star_target)? ;

try_stmt : TRY COLON block (except_block+ else_block? finally_block? | finally_block) ;

except_block : EXCEPT STAR? (expression (COMMA expression)* (AS NAME)?)? COLON block ;

finally_block : FINALLY COLON block ;

// ---------------------------------------------------------------- match statement

match_stmt : SOFT_MATCH star_named_expression (COMMA star_named_expression)* COMMA? COLON NEWLINE INDENT case_block+ DEDENT ;

case_block : {isSoftKeyword("case")}? NAME patterns (IF named_expression)? COLON block ;

patterns : maybe_star_pattern (COMMA maybe_star_pattern)* COMMA? ;

maybe_star_pattern : STAR NAME | pattern ;

pattern : or_pattern (AS NAME)? ;

or_pattern : closed_pattern (VBAR closed_pattern)* ;

closed_pattern
    : complex_number                                        # numberPattern
    | strings                                               # stringPattern
    | (NONE | TRUE | FALSE)                                 # singletonPattern
    | NAME (DOT NAME)* (LPAR class_pattern_args? RPAR)?     # namePattern
    | LPAR (maybe_star_pattern (COMMA maybe_star_pattern)* COMMA?)? RPAR  # groupPattern
    | LSQB (maybe_star_pattern (COMMA maybe_star_pattern)* COMMA?)? RSQB  # sequencePattern
    | LBRACE (mapping_item (COMMA mapping_item)* COMMA?)? RBRACE          # mappingPattern
    ;

// A signed number, or a real and an imaginary part: the builder checks which parts are complex.
complex_number : signed_number ((PLUS | MINUS) NUMBER)? ;

signed_number : MINUS? NUMBER ;

mapping_item
    : DOUBLESTAR NAME                                       # restItem
    | mapping_key COLON pattern                             # keyItem
    ;

mapping_key : complex_number | strings | NONE | TRUE | FALSE | NAME (DOT NAME)+ ;

class_pattern_args : class_pattern_arg (COMMA class_pattern_arg)* COMMA? ;

class_pattern_arg : NAME EQUAL pattern | pattern ;

// ---------------------------------------------------------------- expressions

star_expressions : star_expression (COMMA star_expression)* COMMA? ;

star_expression : STAR bitwise_or | expression ;

star_named_expression : STAR bitwise_or | named_expression ;

// 'NAME := expression'; the builder checks that the target is a name.
named_expression : expression (COLONEQUAL expression)? ;

expression
    : disjunction (IF disjunction ELSE expression)?
    | lambdef
    ;

yield_expr : YIELD (FROM expression | star_expressions)? ;

lambdef : LAMBDA lambda_parameters? COLON expression ;

lambda_parameters : lambda_parameter (COMMA lambda_parameter)* COMMA? ;

lambda_parameter
    : NAME (EQUAL expression)?                              # plainLambdaParameter
    | SLASH                                                 # slashLambdaParameter
    | STAR NAME? (EQUAL expression)?                        # starLambdaParameter
    | DOUBLESTAR NAME (EQUAL expression)?                   # doubleStarLambdaParameter
    ;

disjunction : conjunction (OR conjunction)* ;

conjunction : inversion (AND inversion)* ;

inversion : NOT inversion | comparison ;

comparison : bitwise_or (comp_op bitwise_or)* ;

comp_op : EQEQUAL | NOTEQUAL | LESS | LESSEQUAL | GREATER | GREATEREQUAL | IN | NOT IN | IS NOT? ;

// The binary operators below 'comparison' are one flat list: the builder applies their
// precedence and associativity (a left-recursive ANTLR rule would put precedence predicates in
// every follow set and turn the LL(1) decisions around it into full predictions).
bitwise_or : factor (op+=(VBAR | CIRCUMFLEX | AMPER | LEFTSHIFT | RIGHTSHIFT | PLUS | MINUS | STAR | SLASH | DOUBLESLASH | PERCENT | AT) factor)* ;

factor : (PLUS | MINUS | TILDE) factor | power ;

power : primary (DOUBLESTAR factor)? ;

primary : AWAIT? atom trailer* ;

trailer
    : DOT NAME                                              # attributeTrailer
    | LPAR arguments? RPAR                                  # callTrailer
    | LSQB slices RSQB                                      # subscriptTrailer
    ;

slices : slice_item (COMMA slice_item)* COMMA? ;

slice_item
    : STAR bitwise_or                                       # starredSlice
    | expression (COLONEQUAL expression | slice_bounds)?    # expressionSlice
    | slice_bounds                                          # rangeSlice
    ;

slice_bounds : COLON expression? (COLON expression?)? ;

atom
    : NAME                                                  # nameAtom
    | TRUE                                                  # trueAtom
    | FALSE                                                 # falseAtom
    | NONE                                                  # noneAtom
    | strings                                               # stringsAtom
    | NUMBER                                                # numberAtom
    | ELLIPSIS                                              # ellipsisAtom
    | LPAR (yield_expr | star_named_expression (comp_for | (COMMA star_named_expression)* COMMA?))? RPAR  # parenAtom
    | LSQB (star_named_expression (comp_for | (COMMA star_named_expression)* COMMA?))? RSQB  # listAtom
    | LBRACE dict_or_set? RBRACE                            # braceAtom
    ;

// Factored so that the choice between a dict and a set is made after the first expression.
dict_or_set
    : DOUBLESTAR bitwise_or dict_rest                                     # dictStartingWithUnpack
    | STAR bitwise_or set_rest                                            # setStartingWithStar
    | expression (COLON expression dict_rest | COLONEQUAL expression set_rest | set_rest)  # dictOrSet
    ;

dict_rest : comp_for | (COMMA dict_item)* COMMA? ;

set_rest : comp_for | (COMMA star_named_expression)* COMMA? ;

dict_item : expression COLON expression | DOUBLESTAR bitwise_or ;

comp_for : comp_clause+ ;

comp_clause : ASYNC? FOR star_targets IN disjunction (IF disjunction)* ;

// Call arguments, in any order: the builder checks the order with CPython's messages.
arguments : argument (COMMA argument)* COMMA? ;

// 'NAME = value' and 'NAME := value' start with an expression too; the builder checks the name.
argument
    : STAR expression                                       # starArgument
    | DOUBLESTAR expression                                 # doubleStarArgument
    | expression (EQUAL expression | COLONEQUAL expression | comp_for)?   # plainArgument
    ;

// Targets of 'for', comprehensions and 'with ... as': checked and converted by the builder.
star_targets : star_target (COMMA star_target)* COMMA? ;

star_target : STAR? primary ;

// ---------------------------------------------------------------- strings

strings : (STRING | fstring)+ ;

fstring : FSTRING_START (FSTRING_MIDDLE | fstring_replacement_field)* FSTRING_END ;

fstring_replacement_field
    : LBRACE annotated_rhs EQUAL? (EXCLAMATION NAME)? (COLON fstring_format_spec*)? RBRACE ;

fstring_format_spec : FSTRING_MIDDLE | fstring_replacement_field ;
