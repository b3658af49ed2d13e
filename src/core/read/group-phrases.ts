// Group phrases stand for many agencies ("các bộ, ngành liên quan", "UBND các phường, xã", "Ủy ban nhân dân cấp
// tỉnh"). They are recognised by what their words mean, not looked up in a list, so an unseen wording still counts.
import { cleanText, foldKey } from "../text/normalize";
import { bareKinds, capitalised, endsClosed, headAt, isDeterminer, kindAt, tokenize, type Token } from "./agency-words";

/** Says whether a written name is a group phrase standing for many agencies ("các cơ quan liên quan"). */
export function isGroupPhrase(written: string): boolean {
  const tokens = tokenize(cleanText(written));
  const words = tokens.filter((t) => !t.comma);
  if (words.length === 0) return false;
  // "Các bộ, ngành", "những đơn vị…", "mọi cơ quan": a plural determiner first.
  if (isDeterminer(words[0])) return true;
  // "… liên quan", "… khác", "… trên địa bàn tỉnh": a phrase that picks its members by a relation.
  if (endsClosed(tokens, 0, tokens.length)) return true;
  // "Bộ, ngành, địa phương", "cơ quan, đơn vị": an enumeration of kinds without a name.
  const firstComma = tokens.findIndex((t) => t.comma);
  if (firstComma > 0 && bareKinds(tokens, 0, firstComma)) return true;
  // "Địa phương", "Doanh nghiệp, nhà đầu tư", "cơ sở khám bệnh": a kind noun not followed by a proper name.
  const kind = kindAt(tokens, 0);
  if (kind > 0 && headAt(tokens, 0) === 0 && !capitalised(tokens[kind])) return true;
  // "UBND các phường, xã", "Ủy ban nhân dân các cấp", "Ủy ban nhân dân cấp tỉnh": a body at every place of a tier.
  return scopedToTier(tokens);
}

const TIER = foldKey("cấp");

// A determiner or "cấp" followed by a tier or kind word, inside a name that starts with a head word.
function scopedToTier(tokens: Token[]): boolean {
  if (headAt(tokens, 0) === 0) return false;
  for (let i = 1; i < tokens.length - 1; i++) {
    if ((isDeterminer(tokens[i]) || tokens[i].key === TIER) && kindAt(tokens, i + 1) > 0) return true;
  }
  return false;
}
