// Tests only: a minimal Document node, to see the status counts move.
CREATE (:Document { key: $key, title: $title })
