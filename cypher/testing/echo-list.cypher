// Tests only: one record holding the list it is given (a message larger than a Bolt chunk when the list is long).
RETURN $items AS items
