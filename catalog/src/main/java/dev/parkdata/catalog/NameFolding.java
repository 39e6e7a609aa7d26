package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkNotNull;

import java.text.Normalizer;

/**
 * Folds a zone name or a search text to one comparable form, so that a search finds a zone
 * whatever form of its characters the user typed: {@code fold("蘇州工業園區")} is {@code
 * "苏州工业园区"}. {@link DevelopmentZoneCatalog}'s searches and {@link ParkNameResolver} fold both
 * sides; the {@code parkdata} tool folds what users type for a province, zone type, approval
 * level or severity the same way.
 *
 * <p>Folding is NFKC normalisation (full-width {@code （） } become {@code ()}, compatibility
 * ideographs their unified form) without white space, then a character table:
 *
 * <ul>
 *   <li>traditional → simplified for the 472 traditional characters whose simplified form
 *       occurs in a zone name of the 2018 catalogue (蘇州工業園區 finds 苏州工业园区). The table
 *       was generated from the Unicode CLDR {@code Hant-Hans} transform, less the characters the
 *       catalogue itself writes (乾 of 乾县 is not folded to 干) and 跤, which is a simplified
 *       character in its own right;
 *   <li>known variant characters of the catalogue: 湽 → 淄 (湽博高新技术产业开发区 is 淄博's);
 *   <li>the traditional characters of the names of the provinces, the catalogue's zone types and
 *       approval levels and the validation severities that the above leaves out: 壯 (廣西壯族自治區),
 *       類 (其他類型開發區), 錯 and 誤 (錯誤);
 *   <li>traditional → simplified for the 105 further characters whose simplified form occurs in a
 *       name of the divisions (GB/T 2260) that the zones are placed in and written with (澄邁縣老城經濟開發區
 *       is 澄迈县's 老城经济开发区), from OpenCC's {@code TSCharacters} table (Apache-2.0), less those
 *       with more than one simplified form and those a division or zone name itself writes;
 *   <li>the Japanese forms (shinjitai) of 38 characters whose simplified form occurs in a zone name,
 *       as Japanese reporting writes Chinese zones (昆山経済技術開発区 finds 昆山经济技术开发区); not 浜,
 *       which Chinese place names write (沙家浜).
 * </ul>
 *
 * <p>It is not a general converter: a traditional character whose simplified form is in no zone
 * name stays as it is, which cannot hide a match, since no zone name contains either form.
 */
public final class NameFolding {
  /** Pairs of (from, to) characters, all in the Basic Multilingual Plane. */
  private static final String TABLE =
      "湽淄"
      + "壯壮類类錯错誤误"
      // Japanese forms (昆山経済技術開発区), but not 浜, a character of Chinese place names (沙家浜)
      + "発发経经済济県县広广栄荣塩盐営营鉄铁沢泽亜亚団团斉齐竜龙楽乐両两鉱矿辺边蔵藏徳德黒黑恵惠仏佛転转"
      + "穂穗渓溪囲围薬药巌岩豊丰賛赞軽轻郷乡銭钱隣邻霊灵験验"
      // the divisions' names (澄邁縣 is 澄迈县): pairs of OpenCC's TSCharacters (Apache-2.0) whose
      // simplified form is in a division's name and which the table below leaves out
      + "偉伟僕仆冊册則则剛刚動动卽即厤历叢丛嚮向囌苏垻坝堯尧墰坛夢梦審审峯峰嶗崂嶽岳巒峦帶带廂厢廕荫彌弥復复恆恒慼戚旂旗暉晖曆历曏向枴拐柺拐査查榦干"
      + "歷历淩凌湞浈溮浉滙汇澱淀濛蒙瀾澜煩烦燈灯瑤瑶瓊琼疇畴疊叠眞真矇蒙稱称窮穷競竞結结羣群聖圣聶聂脫脱臘腊舘馆菴庵薌芗蘿萝衕同衚胡複复覺觉觀观謀谋"
      + "謙谦謝谢謨谟譜谱讓让貞贞賈贾賽赛遙遥邁迈鄴邺鈡钟鋒锋鎭镇鏡镜鑲镶間间閤合閶阊閻阎闆板雜杂離离韆千頗颇鬍胡鬥斗鮁鲅鮮鲜鯉鲤鳴鸣鴛鸳鵝鹅鹼碱黨党"
      + "亞亚佈布來来侖仑侷局倉仓個个們们倫伦備备傢家僑侨儀仪兒儿兗兖內内兩两凈净凱凯別别剋克創创劉刘劍剑務务勝胜勸劝勻匀匯汇區区吳吴呂吕"
      + "啓启啟启單单噹当國国圍围園园圖图團团埰采場场塗涂墊垫墾垦壇坛壘垒壜坛壩坝壺壶壽寿夾夹奮奋婁娄孫孙學学宮宫寧宁寬宽寶宝尅克將将專专"
      + "尋寻屬属岡冈島岛峽峡崍崃崑昆崗岗崙仑嵐岚嶧峄嶺岭嶼屿巖岩師师幫帮幹干庫库廈厦廟庙廠厂廣广廬庐廻回張张強强彆别彙汇彞彝彥彦彿佛後后"
      + "從从徵征悳德愛爱愷恺慄栗態态慶庆憑凭懃勤應应懞蒙懷怀戶户採采揚扬撫抚撾挝敘叙於于時时晉晋會会東东棗枣棲栖楊杨楓枫業业極极榖谷榮荣"
      + "樂乐樅枞樑梁樓楼樹树樺桦橋桥機机橫横檯台權权欒栾欽钦歐欧歸归沖冲涇泾涼凉淥渌淨净淶涞渦涡渾浑湯汤準准溝沟溫温滄沧滎荥滸浒滻浐滿满"
      + "漢汉漣涟漵溆潁颍潔洁潛潜潤润潯浔澗涧澠渑澤泽濟济濤涛濬浚濰潍濱滨瀋沈瀏浏瀘泸瀠潆灃沣灘滩灣湾灤滦為为烏乌無无煙烟熱热營营爐炉爲为"
      + "爾尔猶犹獅狮獨独獲获獻献現现琿珲瑪玛環环甌瓯甕瓮產产産产畢毕當当發发監监盤盘盧卢砲炮硏研硯砚碩硕碭砀確确磯矶礄硚礦矿礮炮祿禄禪禅"
      + "禮礼稅税稜棱穀谷積积穫获窪洼窯窑箇个節节範范簡简籐藤粵粤糧粮糰团紅红納纳級级紡纺紮扎細细紹绍絳绛綏绥經经綜综綠绿維维綿绵緑绿編编"
      + "縉缙縣县績绩織织罈坛罎坛羅罗義义習习聞闻聯联肅肃膠胶臥卧臨临臺台興兴舊旧荊荆莊庄菓果華华菸烟萊莱萬万葉叶葯药蒼苍蓋盖蓮莲蔭荫蔴麻"
      + "蕪芜蕭萧薊蓟薑姜薩萨藍蓝藥药藴蕴藷薯藺蔺蘄蕲蘆芦蘇苏蘊蕴蘋苹蘭兰術术衛卫衝冲裏里裝装裡里製制覈核計计託托訥讷設设許许詔诏試试誌志"
      + "誼谊調调諸诸諾诺譙谯讚赞豐丰貝贝財财貢贡貧贫貫贯貴贵費费貿贸賀贺資资賓宾賚赉賢贤贊赞贛赣趙赵跼局車车軍军軟软軸轴載载輕轻輝辉輪轮"
      + "輿舆轉转轝舆農农迴回連连週周進进遊游運运達达遜逊遠远遷迁遼辽邊边邏逻郟郏郵邮鄆郓鄉乡鄒邹鄖郧鄧邓鄭郑鄰邻鄲郸醫医針针釩钒鈦钛鈴铃"
      + "鉛铅銀银銅铜銹锈鋁铝鋼钢錢钱錦锦錫锡鍾钟鎣蓥鎮镇鏽锈鐘钟鐵铁鑑鉴鑒鉴長长門门開开閔闵閘闸関关閣阁閩闽閬阆關关陘陉陝陕陰阴陳陈陸陆"
      + "陽阳際际隨随隴陇雙双雞鸡雲云電电霑沾靈灵靜静鞏巩韋韦韓韩響响頂顶項项順顺頭头額额風风颱台餘余館馆饒饶馬马駐驻騰腾驊骅驗验驛驿髮发"
      + "鬆松鬱郁魚鱼魯鲁鰲鳌鳩鸠鳳凤鴨鸭鴻鸿鶴鹤鷄鸡鷹鹰鹹咸鹽盐麗丽麥麦麯曲黃黄點点鼇鳌齊齐齣出龍龙龐庞";

  private static final char[] FOLDED = buildTable();

  private NameFolding() {}

  private static char[] buildTable() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int i = 0; i < table.length; i++) {
      table[i] = (char) i;
    }
    for (int i = 0; i < TABLE.length(); i += 2) {
      table[TABLE.charAt(i)] = TABLE.charAt(i + 1);
    }
    return table;
  }

  /**
   * One character folded without normalising its neighbours: full-width ASCII to ASCII, then the
   * table. What a scanner uses, where {@link #fold} would need a string per candidate; it agrees
   * with {@code fold} on every character of the catalogue's names and of their traditional forms.
   */
  static char foldChar(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    return FOLDED[c];
  }

  /**
   * Returns {@code text} folded: {@code "中德（瀋陽）"} becomes {@code "中德(沈阳)"}, {@code "江 蘇"}
   * becomes {@code "江苏"}. White space is removed; letters keep their case.
   */
  public static String fold(String text) {
    checkNotNull(text, "text");
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder stripped = new StringBuilder(normal.length());
    for (int i = 0; i < normal.length(); i++) {
      if (!Character.isWhitespace(normal.charAt(i))) {
        stripped.append(normal.charAt(i));
      }
    }
    // Removing white space can bring combining marks next to a base character: normalise again.
    String compact = stripped.length() == normal.length() ? normal : Normalizer.normalize(stripped, Normalizer.Form.NFKC);
    StringBuilder folded = new StringBuilder(compact.length());
    for (int i = 0; i < compact.length(); i++) {
      folded.append(FOLDED[compact.charAt(i)]);
    }
    return folded.toString();
  }
}
