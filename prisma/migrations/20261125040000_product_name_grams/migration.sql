-- Chinese substring search for terms of any length. pg_trgm extracts no trigram from a term of one or
-- two characters (ILIKE '%水%'), so such a search read the whole trigram index. Instead every name's
-- characters and character pairs go into a GIN index: a name containing the term contains all of the
-- term's characters and pairs, so `product_name_grams(name) @> product_name_grams(term)` finds every
-- candidate through the index, and ILIKE then keeps exactly the names that contain the term.
-- Lower-cased like ILIKE compares, so Latin letters match in either case.
CREATE FUNCTION product_name_grams(txt text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN ARRAY(
    SELECT DISTINCT substr(s.l, i, g.n)
      FROM (SELECT lower(txt) AS l) s
     CROSS JOIN (VALUES (1), (2)) g(n)
     CROSS JOIN generate_series(1, char_length(s.l) - g.n + 1) i);

-- CreateIndex
CREATE INDEX "Product_name_grams_idx" ON "Product" USING GIN (product_name_grams("name"));
