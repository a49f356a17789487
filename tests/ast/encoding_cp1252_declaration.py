# coding=cp1252
q = '“smart” €'
