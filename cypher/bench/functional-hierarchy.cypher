// Bench floor (docs/examples/17): a functional code's children and grandchildren.
MATCH (c:SubjectCode {key: 'FUNCTIONAL|' + $code})
RETURN c {.code, .name, .level,
  children: [(c)<-[:CHILD_OF]-(k:SubjectCode) | k {.code, .name, .level,
    children: [(k)<-[:CHILD_OF]-(g:SubjectCode) | g {.code, .name, .level}]}]
} AS row
