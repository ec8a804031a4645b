-- nothing here
/* or here */
;
