/* a block
   comment */ ;
