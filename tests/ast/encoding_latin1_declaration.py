# -*- coding: latin-1 -*-
name = 'José'
café = 'à la carte'
