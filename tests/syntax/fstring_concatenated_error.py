s = 'ok' f'{}' 'more'
