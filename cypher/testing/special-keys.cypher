// Tests only: a map whose keys name properties every JavaScript object inherits.
RETURN {`__proto__`: $a, `constructor`: $b, `toString`: 'c', `hasOwnProperty`: 'd', plain: 'e'} AS m
