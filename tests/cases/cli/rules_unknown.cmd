rules AMC999
