def suggested_products(products: list[str], search_word: str) -> list[list[str]]:
    ordered = sorted(products)
    out = []
    for i in range(1, len(search_word) + 1):
        typed = search_word[:i]
        out.append([p for p in ordered if p.startswith(typed)][:3])
    return out
