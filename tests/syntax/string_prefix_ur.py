x = ur''
