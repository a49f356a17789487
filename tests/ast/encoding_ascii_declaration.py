# coding: ascii
x = 'plain'
