// Index creation is asynchronous: wait (up to 300 s) before relying on an index.
CALL db.awaitIndexes(300)
