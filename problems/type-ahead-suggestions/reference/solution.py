def suggested_products(products: list[str], search_word: str) -> list[list[str]]:
    root: dict = {}
    for product in sorted(products):
        node = root
        for letter in product:
            node = node.setdefault(letter, {"#": []})
            if len(node["#"]) < 3:
                node["#"].append(product)
    out: list[list[str]] = []
    node = root
    for letter in search_word:
        node = node.get(letter) if node is not None else None
        out.append(list(node["#"]) if node is not None else [])
    return out
