raise
raise E
raise E('msg')
raise E from cause
raise E from None
