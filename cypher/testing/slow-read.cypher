// Tests only: a read that runs for many seconds (counts to half a billion), to be stopped by the transaction timeout.
UNWIND range(1, 500000000) AS x
WITH x WHERE x = -1
RETURN count(x) AS n
