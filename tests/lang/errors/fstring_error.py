# Uncaught exception while evaluating an f-string replacement field.
user = {"name": "ann", "roles": ["admin"]}
print(f"{user['name']} has roles {', '.join(user['roles'])}")
print(f"{user['name']:>10}|")
print(f"first role: {user['roles'][0]}, email: {user['email']}")
