rules AMC003
