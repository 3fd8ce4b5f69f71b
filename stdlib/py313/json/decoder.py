# CPython 3.13 names a trailing comma ("[1, 2,]", '{"a": 1,}') as such, at the comma's position,
# instead of "Expecting value" / "Expecting property name enclosed in double quotes" at the
# closing bracket. The parsers are wrapped; JSONDecoder picks them up when it is instantiated.

def _report_trailing_comma(parse, closer, message_at_closer, what):
    def parse_reporting_trailing_comma(s_and_end, *args, **kwargs):
        try:
            return parse(s_and_end, *args, **kwargs)
        except JSONDecodeError as err:
            doc, pos = err.doc, err.pos
            if err.msg != message_at_closer or doc[pos:pos + 1] != closer:
                raise
            comma = pos - 1
            while comma >= 0 and doc[comma] in WHITESPACE_STR:
                comma -= 1
            if comma < 0 or doc[comma] != ',':
                raise
            raise JSONDecodeError(f"Illegal trailing comma before end of {what}", doc, comma) from None
    parse_reporting_trailing_comma.__name__ = parse.__name__
    parse_reporting_trailing_comma.__doc__ = parse.__doc__
    return parse_reporting_trailing_comma


JSONObject = _report_trailing_comma(JSONObject, '}', "Expecting property name enclosed in double quotes", "object")
JSONArray = _report_trailing_comma(JSONArray, ']', "Expecting value", "array")
